//! The six official UN languages of the interface, through Fluent: English, French,
//! Spanish and Arabic complete (Arabic right to left); Chinese and Russian partial, with
//! missing messages in English and the page marked so.
//!
//! A language is chosen by URL prefix (`/fr/states/ZWE`) or, without one, by the
//! request's `Accept-Language`. Only the interface is translated: names of States and
//! titles of instruments are the UN Treaty Collection's English ones, and the pages say
//! so. Messages live in `locales/<lang>.ftl`, compiled into the binary.

use std::borrow::Cow;

use axum::extract::FromRequestParts;
use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::request::Parts;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Fr,
    Es,
    Ar,
    Zh,
    Ru,
}

impl Lang {
    /// In the order the UN lists its official languages alphabetically in English.
    pub const ALL: [Lang; 6] = [Lang::Ar, Lang::Zh, Lang::En, Lang::Fr, Lang::Ru, Lang::Es];

    /// The BCP 47 tag, also the URL prefix.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::Ru => "ru",
        }
    }

    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language's name in itself, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ar => "العربية",
            Lang::Zh => "中文",
            Lang::Ru => "Русский",
        }
    }

    /// `rtl` for Arabic, `ltr` otherwise.
    pub fn dir(self) -> &'static str {
        if self == Lang::Ar { "rtl" } else { "ltr" }
    }

    /// Whether every interface message is translated.
    pub fn complete(self) -> bool {
        !matches!(self, Lang::Zh | Lang::Ru)
    }

    fn source(self) -> &'static str {
        match self {
            Lang::En => include_str!("../locales/en.ftl"),
            Lang::Fr => include_str!("../locales/fr.ftl"),
            Lang::Es => include_str!("../locales/es.ftl"),
            Lang::Ar => include_str!("../locales/ar.ftl"),
            Lang::Zh => include_str!("../locales/zh.ftl"),
            Lang::Ru => include_str!("../locales/ru.ftl"),
        }
    }

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Fr => 1,
            Lang::Es => 2,
            Lang::Ar => 3,
            Lang::Zh => 4,
            Lang::Ru => 5,
        }
    }

    /// The best language for an `Accept-Language` header (RFC 9110 §12.5.4): the
    /// highest-weighted tag we speak; English when none.
    pub fn negotiate(header: Option<&str>) -> Lang {
        let Some(header) = header else {
            return Lang::En;
        };
        let mut best: Option<(f32, Lang)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let Some(lang) = parts.next().and_then(Lang::parse) else {
                continue;
            };
            let weight = parts
                .filter_map(|p| p.trim().strip_prefix("q="))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if weight > 0.0 && best.is_none_or(|(w, _)| weight > w) {
                best = Some((weight, lang));
            }
        }
        best.map_or(Lang::En, |(_, lang)| lang)
    }
}

/// The messages English has and `lang` lacks (empty for a complete language); the
/// complete languages must have none (checked by a test), the partial ones say so.
pub fn missing_messages(lang: Lang) -> Vec<String> {
    let have = keys(lang);
    keys(Lang::En)
        .into_iter()
        .filter(|key| !have.contains(key))
        .collect()
}

/// Every message key of a language's file.
fn keys(lang: Lang) -> Vec<String> {
    let resource =
        FluentResource::try_new(lang.source().to_string()).unwrap_or_else(|(resource, _)| resource);
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// The .ftl files' syntax errors, per language (none expected; checked by a test).
pub fn syntax_errors(lang: Lang) -> Vec<String> {
    match FluentResource::try_new(lang.source().to_string()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors
            .iter()
            .map(|e| format!("{}: {e:?}", lang.code()))
            .collect(),
    }
}

/// The bundles of all six languages, parsed once at start-up.
pub(crate) struct I18n {
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl I18n {
    pub(crate) fn load() -> Self {
        let mut order: Vec<Lang> = Lang::ALL.to_vec();
        order.sort_by_key(|l| l.index());
        let bundles = order
            .into_iter()
            .map(|lang| {
                let langid = lang
                    .code()
                    .parse()
                    .expect("the six language codes are valid BCP 47 tags");
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                // No Unicode isolation marks: the pages set `dir` and use <bdi> where
                // names of the other direction are embedded.
                bundle.set_use_isolating(false);
                let resource = FluentResource::try_new(lang.source().to_string())
                    .expect("the bundled .ftl files parse (checked by a test)");
                bundle
                    .add_resource(resource)
                    .expect("no message is defined twice in one .ftl file (checked by a test)");
                bundle
            })
            .collect();
        I18n { bundles }
    }

    /// The message `key` in `lang`, in English where `lang` lacks it, or the key itself.
    pub(crate) fn message<'a>(
        &'a self,
        lang: Lang,
        key: &'a str,
        args: Option<&FluentArgs>,
    ) -> Cow<'a, str> {
        for bundle in [&self.bundles[lang.index()], &self.bundles[Lang::En.index()]] {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle.format_pattern(pattern, args, &mut errors);
            }
        }
        Cow::Borrowed(key)
    }
}

/// The language of a request and the helper templates use to translate.
#[derive(Clone, Copy)]
pub(crate) struct Localizer<'a> {
    pub(crate) lang: Lang,
    /// `""` for a negotiated page, `"/fr"` for a page under a prefix: links keep it.
    pub(crate) prefix: &'static str,
    pub(crate) i18n: &'a I18n,
}

impl<'a> Localizer<'a> {
    pub(crate) fn t(&self, key: &'a str) -> Cow<'a, str> {
        self.i18n.message(self.lang, key, None)
    }

    /// A message with one number (plural-aware).
    pub(crate) fn n(&self, key: &'a str, count: impl std::borrow::Borrow<usize>) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(*count.borrow()));
        self.i18n.message(self.lang, key, Some(&args)).into_owned()
    }

    /// A message with named text arguments.
    pub(crate) fn with(&self, key: &'a str, pairs: &[(&'static str, String)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in pairs {
            args.set(*name, FluentValue::from(value.clone()));
        }
        self.i18n.message(self.lang, key, Some(&args)).into_owned()
    }
}

/// The language a page is in: from the URL prefix (an extension set by the router) or
/// from `Accept-Language`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PageLang {
    pub(crate) lang: Lang,
    pub(crate) prefixed: bool,
}

/// Set on the routes under a language prefix.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PrefixLang(pub(crate) Lang);

impl<S: Send + Sync> FromRequestParts<S> for PageLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        if let Some(PrefixLang(lang)) = parts.extensions.get::<PrefixLang>() {
            return Ok(PageLang {
                lang: *lang,
                prefixed: true,
            });
        }
        let header = parts
            .headers
            .get(ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok());
        Ok(PageLang {
            lang: Lang::negotiate(header),
            prefixed: false,
        })
    }
}

impl PageLang {
    pub(crate) fn localizer<'a>(&self, i18n: &'a I18n) -> Localizer<'a> {
        let prefix = if self.prefixed {
            match self.lang {
                Lang::En => "/en",
                Lang::Fr => "/fr",
                Lang::Es => "/es",
                Lang::Ar => "/ar",
                Lang::Zh => "/zh",
                Lang::Ru => "/ru",
            }
        } else {
            ""
        };
        Localizer {
            lang: self.lang,
            prefix,
            i18n,
        }
    }
}
