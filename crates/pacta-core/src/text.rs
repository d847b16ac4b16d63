//! Comparing people's text: names and search words, folded so that case and Latin
//! accents do not matter (`Ünver` = `unver`, `Carrión-Mena` = `carrion-mena`).
//!
//! Deliberately small: no stemming, no transliteration beyond the accents met in the
//! treaty bodies' names; a search engine is not needed for a few dozen records.

/// Lower case, Latin accents removed, runs of spaces collapsed: how names are compared.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        let base = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ş' => 's',
            'ø' => 'o',
            'ğ' => 'g',
            c => c,
        };
        if base.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(base);
        }
    }
    out
}

/// The words of `text`, folded, split on anything that is not a letter or a digit.
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_spaces() {
        let check = |input: &str, expected: &str| assert_eq!(fold(input), expected, "{input}");
        check("Can Ünver", "can unver");
        check("  Francisco   Carrión-Mena ", "francisco carrion-mena");
        check("Marco Nuñez-Melgar Maguiña", "marco nunez-melgar maguina");
        assert_eq!(
            words("Xenophobia, towards migrants"),
            ["xenophobia", "towards", "migrants"]
        );
    }
}
