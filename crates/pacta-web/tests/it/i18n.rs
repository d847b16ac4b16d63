//! The interface languages: English, French, Spanish and Arabic complete; Chinese and
//! Russian partial and marked so.

use pacta_web::{Lang, missing_messages, syntax_errors};

#[test]
fn every_locale_file_parses() {
    for lang in Lang::ALL {
        assert_eq!(syntax_errors(lang), Vec::<String>::new());
    }
}

#[test]
fn english_french_spanish_and_arabic_are_complete_and_the_others_are_marked_partial() {
    for lang in Lang::ALL {
        let missing = missing_messages(lang);
        assert_eq!(
            lang.complete(),
            missing.is_empty(),
            "{}: missing {missing:?}",
            lang.code()
        );
    }
    assert_eq!(Lang::Ar.dir(), "rtl");
}

#[test]
fn negotiates_accept_language_by_weight() {
    for (header, expected) in [
        (None, Lang::En),
        (Some("fr-CH, fr;q=0.9, en;q=0.8"), Lang::Fr),
        (Some("en;q=0.5, ru;q=0.9"), Lang::Ru),
        (Some("zh-Hans-CN"), Lang::Zh),
        (Some("de, it"), Lang::En),
        (Some("es;q=0, fr;q=0.1"), Lang::Fr),
        (Some("*"), Lang::En),
    ] {
        assert_eq!(Lang::negotiate(header), expected, "{header:?}");
    }
}
