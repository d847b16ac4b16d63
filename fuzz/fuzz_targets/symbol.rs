//! Fuzz target for the UN symbol parser (`pacta_core::symbol`).
//!
//! Checks, for any UTF-8 input: parsing never panics; what parses formats
//! back to exactly the input (format is the identity on parsed input) and
//! parses again to an equal value (parse ∘ format ∘ parse = parse); the
//! parsed document satisfies the constructors' rules; the JSON view is total.
//! It is not a benchmark and keeps no state between inputs.

#![no_main]

use libfuzzer_sys::fuzz_target;
use pacta_core::symbol::Symbol;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(symbol) = Symbol::parse(input) else {
        return;
    };
    let text = symbol.to_string();
    assert_eq!(text, input, "format is not the identity on parsed input");
    assert_eq!(
        Symbol::parse(&text).as_ref(),
        Ok(&symbol),
        "parse(format(parse(s))) != parse(s)"
    );
    let rebuilt = Symbol::new(symbol.document().clone()).expect("a parsed document satisfies Symbol::new");
    assert_eq!(rebuilt, symbol.base());
    assert_eq!(symbol.view().symbol, text);
});
