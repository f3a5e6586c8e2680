//! The JSON Schema editors use: in step with the model, accepting the
//! sample and rejecting what the loader rejects.

mod common;

fn schema() -> serde_json::Value {
    vanban::model::json_schema()
}

fn as_json(yaml: &str) -> serde_json::Value {
    serde_saphyr::from_str(yaml).unwrap()
}

#[test]
fn the_committed_schema_is_the_generated_one() {
    let committed = std::fs::read_to_string(common::root().join("schema/vanban.schema.json")).unwrap();
    let generated = format!("{:#}\n", schema());
    assert!(
        committed == generated,
        "schema/vanban.schema.json is stale: run `vanban schema -o schema/vanban.schema.json`"
    );
}

#[test]
fn the_sample_is_valid_and_a_typo_is_not() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let sample = as_json(&common::sample_text());
    let errors: Vec<String> = validator.iter_errors(&sample).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");

    let typo = as_json(&common::sample_text().replace("recipients:", "recipents:"));
    assert!(!validator.is_valid(&typo), "unknown fields are flagged");
    let bad_signer = as_json(&common::sample_text().replace("[KT. Chủ tịch]", "[Chủ tịch]"));
    assert!(!validator.is_valid(&bad_signer), "a quyền hạn line needs its prefix");
    let bad_type = as_json(&common::sample_text().replace("type: ke-hoach", "type: ke-hoch"));
    assert!(!validator.is_valid(&bad_type));

    // One item alone is a list of one, as the loader reads it; its item
    // is still checked.
    let one = common::sample_text().replace("archive: [VT]", "archive: VT");
    let one = one.replace("[KT. Chủ tịch]", "KT. Chủ tịch");
    let errors: Vec<String> = validator.iter_errors(&as_json(&one)).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert!(vanban::load::load_str("plan.yaml", &one).is_ok());
    let bad_one = as_json(&common::sample_text().replace("[KT. Chủ tịch]", "Chủ tịch"));
    assert!(!validator.is_valid(&bad_one), "a quyền hạn alone needs its prefix too");
}

#[test]
fn an_editor_is_told_which_field_is_wrong() {
    let validator = jsonschema::validator_for(&schema()).unwrap();
    let errors = |yaml: &str| -> Vec<(String, String)> {
        validator
            .iter_errors(&as_json(yaml))
            .map(|e| (e.instance_path().to_string(), e.to_string()))
            .collect()
    };
    let typo = errors(&common::sample_text().replace("recipients:", "recipents:"));
    assert!(typo.iter().any(|(_, m)| m.contains("recipents")), "{typo:?}");
    // A skeleton's must-fill year is flagged at `year`, not as "no schema matches".
    let year = errors(&common::sample_text().replace("year: 2026", "year: \"<<năm>>\""));
    assert_eq!(year.len(), 1, "{year:?}");
    assert_eq!(year[0].0, "/year");
}

#[test]
fn the_sample_points_editors_at_the_schema() {
    assert!(
        common::sample_text().starts_with("# yaml-language-server: $schema=../schema/vanban.schema.json\n")
    );
}
