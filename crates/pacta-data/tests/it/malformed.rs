//! Loading data with one bad row fails with the file, line and column, and loads nothing.

use pacta_data::{DataError, Sources, load};

/// The bundled sources with one line of the ratifications file replaced.
fn with_ratification_line(line: usize, edit: impl Fn(&str) -> String) -> Sources {
    let mut sources = Sources::bundled();
    let lines: Vec<String> = sources
        .ratifications
        .text
        .lines()
        .enumerate()
        .map(|(i, text)| {
            if i + 1 == line {
                edit(text)
            } else {
                text.to_string()
            }
        })
        .collect();
    sources.ratifications.text = lines.join("\n") + "\n";
    sources
}

fn message(sources: &Sources) -> String {
    match load(sources) {
        Ok(_) => panic!("a malformed file must not load"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn a_bad_date_names_the_file_line_column_and_field() {
    let sources = with_ratification_line(412, |line| {
        let mut fields: Vec<&str> = line.split(',').collect();
        fields[7] = "2024-13-05";
        fields.join(",")
    });
    assert_eq!(
        message(&sources),
        "data/treaty_ratifications.csv:412:8 (consent_date): invalid date \"2024-13-05\" (expected YYYY-MM-DD)"
    );
}

#[test]
fn an_unknown_action_names_the_file_line_column_and_field() {
    let sources = with_ratification_line(3, |line| line.replace(",accession,", ",ratifcation,"));
    assert_eq!(
        message(&sources),
        "data/treaty_ratifications.csv:3:9 (consent_type): unknown action \"ratifcation\""
    );
}

#[test]
fn an_unknown_instrument_is_rejected() {
    let sources = with_ratification_line(2, |line| line.replacen("ICERD", "ICERX", 1));
    assert!(
        message(&sources)
            .starts_with("data/treaty_ratifications.csv:2:1 (instrument): unknown instrument")
    );
}

#[test]
fn a_party_flag_that_contradicts_the_consent_columns_is_rejected() {
    let sources = with_ratification_line(2, |line| {
        line.replace(",true,false,false,", ",false,false,false,")
    });
    assert!(message(&sources).contains("(is_party_as_at_status_date)"));
}

#[test]
fn a_catalogue_entry_into_force_that_disagrees_with_untc_is_rejected() {
    let mut sources = Sources::bundled();
    sources.catalogue.text = sources.catalogue.text.replace(
        "entry_into_force = \"2003-07-01\"",
        "entry_into_force = \"2003-08-01\"",
    );
    let message = message(&sources);
    assert!(
        message.contains("UNTC gives 2003-07-01 for ICRMW"),
        "{message}"
    );
}

#[test]
fn a_typo_in_the_catalogue_names_the_line_and_column() {
    let mut sources = Sources::bundled();
    sources.catalogue.text = sources.catalogue.text.replacen(
        "trigger = \"after_entry_into_force\"",
        "trigger = \"afterwards\"",
        1,
    );
    let error = load(&sources).expect_err("an unknown trigger must not load");
    assert!(matches!(error, DataError::Invalid { .. }));
    let message = error.to_string();
    assert!(message.starts_with("data/catalogue.toml:"), "{message}");
    assert!(
        message.contains("afterwards") || message.contains("unknown variant"),
        "{message}"
    );
}
