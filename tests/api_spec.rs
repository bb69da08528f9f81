//! `htdocs/openapi.yaml` and the handlers agree: every path the server routes is
//! in the spec and the other way round, the spec's examples get a declared
//! status with the declared fields, and Schemathesis (every check on) finds no
//! 5xx and no answer that breaks the spec. The Python environment comes from
//! scripts/test (PLANADO_TEST_PYTHON); without it these tests fail, never skip.

mod common;

use std::process::Command;

use serde_json::Value;

fn python() -> String {
    std::env::var("PLANADO_TEST_PYTHON").expect("PLANADO_TEST_PYTHON (scripts/test sets it up)")
}

/// The spec as JSON, read by PyYAML.
fn spec() -> Value {
    let json = common::stdout_of(
        Command::new(python())
            .args([
                "-c",
                "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))",
            ])
            .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/htdocs/openapi.yaml")),
    );
    serde_json::from_str(&json).unwrap()
}

fn serve() -> common::Served {
    common::serve(&[])
}

/// Books a meeting; returns its invite id and admin key.
fn book(server: &common::Served, form: &str) -> (String, String) {
    let booked = common::http(
        &server.addr,
        "POST",
        "/booking",
        "application/json",
        Some(form),
    );
    assert_eq!(booked.status, 201, "{}", booked.body);
    let id = common::invite_id(booked.json()["invite_url"].as_str().unwrap());
    let admin_url = booked.json()["admin_url"].as_str().unwrap().to_string();
    let key = admin_url
        .split("key=")
        .nth(1)
        .unwrap()
        .split('#')
        .next()
        .unwrap()
        .to_string();
    (id, key)
}

/// Resolves a local `$ref`.
fn resolve<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    match v.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .trim_start_matches("#/")
            .split('/')
            .fold(spec, |node, key| &node[key]),
        None => v,
    }
}

/// The success status an operation documents: its lowest 2xx (or 3xx).
fn documented_success(op: &Value) -> u16 {
    op["responses"]
        .as_object()
        .unwrap()
        .keys()
        .filter_map(|k| k.parse::<u16>().ok())
        .filter(|s| (200..400).contains(s))
        .min()
        .unwrap_or_else(|| panic!("no success status in {op}"))
}

/// Whether `value` fits the OpenAPI schema: types, required fields, enums,
/// `oneOf`, items, `nullable`, the `date-time` format, the bounds of numbers
/// and the lengths and patterns of strings; the keywords of this spec. An
/// unknown keyword fails, so that nothing passes unchecked.
fn conforms(spec: &Value, schema: &Value, value: &Value) -> Result<(), String> {
    let schema = resolve(spec, schema);
    let known = [
        "type",
        "required",
        "properties",
        "enum",
        "oneOf",
        "items",
        "nullable",
        "format",
        "description",
        "example",
        "minimum",
        "maximum",
        "minLength",
        "maxLength",
        "pattern",
    ];
    if let Some(unknown) = schema
        .as_object()
        .unwrap()
        .keys()
        .find(|k| !known.contains(&k.as_str()))
    {
        return Err(format!("the test does not know the keyword {unknown}"));
    }
    if value.is_null() && schema["nullable"] == true {
        return Ok(());
    }
    if let Some(branches) = schema["oneOf"].as_array() {
        let fitting = branches
            .iter()
            .filter(|b| conforms(spec, b, value).is_ok())
            .count();
        return match fitting {
            1 => Ok(()),
            n => Err(format!("{value} fits {n} of the oneOf branches, not one")),
        };
    }
    let type_ok = match schema["type"].as_str() {
        Some("object") => value.is_object(),
        Some("array") => value.is_array(),
        Some("string") => value.is_string(),
        Some("integer") => value.is_i64() || value.is_u64(),
        Some("number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        None => true,
        Some(other) => return Err(format!("unknown type {other}")),
    };
    if !type_ok {
        return Err(format!("{value} is not of type {}", schema["type"]));
    }
    if let Some(allowed) = schema["enum"].as_array()
        && !allowed.contains(value)
    {
        return Err(format!("{value} is not one of {allowed:?}"));
    }
    if let (Some(min), Some(v)) = (schema["minimum"].as_f64(), value.as_f64())
        && v < min
    {
        return Err(format!("{value} is below the minimum {min}"));
    }
    if let (Some(max), Some(v)) = (schema["maximum"].as_f64(), value.as_f64())
        && v > max
    {
        return Err(format!("{value} is above the maximum {max}"));
    }
    if let Some(text) = value.as_str() {
        let chars = text.chars().count() as u64;
        if schema["minLength"].as_u64().is_some_and(|min| chars < min) {
            return Err(format!("{value} is shorter than {}", schema["minLength"]));
        }
        if schema["maxLength"].as_u64().is_some_and(|max| chars > max) {
            return Err(format!("{value} is longer than {}", schema["maxLength"]));
        }
        if let Some(pattern) = schema["pattern"].as_str() {
            let re = regex::Regex::new(pattern)
                .map_err(|e| format!("the pattern {pattern:?} does not compile: {e}"))?;
            if !re.is_match(text) {
                return Err(format!("{value} does not match {pattern:?}"));
            }
        }
    }
    if schema["format"] == "date-time"
        && chrono::DateTime::parse_from_rfc3339(value.as_str().unwrap_or_default()).is_err()
    {
        return Err(format!("{value} is not an RFC 3339 date-time"));
    }
    for field in schema["required"].as_array().into_iter().flatten() {
        let field = field.as_str().unwrap();
        if value.get(field).is_none() {
            return Err(format!("the required field {field} is missing"));
        }
    }
    for (name, property) in schema["properties"].as_object().into_iter().flatten() {
        if let Some(v) = value.get(name) {
            conforms(spec, property, v).map_err(|e| format!("{name}: {e}"))?;
        }
    }
    for item in value.as_array().into_iter().flatten() {
        conforms(spec, &schema["items"], item)?;
    }
    Ok(())
}

#[test]
fn the_schema_check_can_fail() {
    let spec = spec();
    let booked = &spec["paths"]["/booking"]["post"]["responses"]["201"]["content"]["application/json"]
        ["schema"];
    let good = serde_json::json!({
        "invite_url": "u", "admin_url": "u", "ics_url": "u", "feed_url": "u", "start": "2036-01-05T09:00:00Z",
        "opens": "2036-01-05T08:50:00Z", "open_early": 10, "duration": 90, "reminder": 60,
        "tz": "UTC", "repeat": "weekly",
        "count": 4, "lobby": false, "password": null, "max_participants": null,
        "password_in_invitation": false,
    });
    assert_eq!(conforms(&spec, booked, &good), Ok(()));
    for (field, bad) in [
        ("count", serde_json::json!("4")),
        ("start", serde_json::json!("tomorrow")),
        ("repeat", serde_json::json!("hourly")),
        ("open_early", serde_json::json!("10")),
    ] {
        let mut wrong = good.clone();
        wrong[field] = bad;
        assert!(conforms(&spec, booked, &wrong).is_err(), "{field}");
    }
    let mut missing = good.clone();
    missing.as_object_mut().unwrap().remove("tz");
    assert!(conforms(&spec, booked, &missing).is_err());
    // The bounds, lengths and patterns are checked too.
    let bounded = serde_json::json!({
        "type": "object",
        "properties": {
            "n": { "type": "integer", "minimum": 1, "maximum": 520 },
            "s": { "type": "string", "minLength": 2, "maxLength": 4, "pattern": "^[a-z]+$" },
        },
    });
    assert_eq!(
        conforms(&spec, &bounded, &serde_json::json!({"n": 3, "s": "abc"})),
        Ok(())
    );
    for wrong in [
        serde_json::json!({"n": 0}),
        serde_json::json!({"n": 521}),
        serde_json::json!({"s": "a"}),
        serde_json::json!({"s": "abcde"}),
        serde_json::json!({"s": "AB"}),
    ] {
        assert!(conforms(&spec, &bounded, &wrong).is_err(), "{wrong}");
    }
}

#[test]
fn every_route_is_in_the_spec_and_every_path_is_routed() {
    let spec = spec();
    let paths: Vec<String> = spec["paths"].as_object().unwrap().keys().cloned().collect();
    for route in planado::edge::routes::ROUTES.iter().filter(|r| r.in_api) {
        let path = format!("/{}", route.name);
        assert!(paths.contains(&path), "{path} is not in openapi.yaml");
    }
    for path in &paths {
        assert!(
            planado::edge::routes::route(path).is_some(),
            "openapi.yaml has {path}, which nothing serves"
        );
    }
}

#[test]
fn the_examples_get_what_the_spec_promises() {
    let spec = spec();
    let server = serve();
    let (id, key) = book(
        &server,
        &format!(
            "name=Spec&date={}&time=10:00&tz=UTC",
            common::a_day_next_year()
        ),
    );
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let form = op["requestBody"]["content"]["application/x-www-form-urlencoded"]["example"]
                .as_object()
                .map(|e| {
                    e.iter()
                        .map(|(k, v)| {
                            format!(
                                "{k}={}",
                                planado::domain::links::encode(
                                    &v.as_str().map_or(v.to_string(), String::from)
                                )
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("&")
                });
            let query = match path.as_str() {
                "/admin" => format!("?id={id}&key={key}"),
                "/invite" | "/ics" => format!("?id={id}"),
                _ => String::new(),
            };
            let answer = common::http(
                &server.addr,
                &method.to_uppercase(),
                &format!("{path}{query}"),
                "application/json",
                form.as_deref(),
            );
            let success = documented_success(op);
            assert_eq!(
                answer.status, success,
                "{method} {path}: the example must get its documented success status: {}",
                answer.body
            );
            let declared = &op["responses"][answer.status.to_string()];
            let declared = resolve(&spec, declared);
            let content_type = answer.header("Content-Type").unwrap_or_default();
            let media = content_type.split(';').next().unwrap().trim().to_string();
            let schema = &declared["content"][&media]["schema"];
            assert!(
                schema.is_object(),
                "{method} {path}: {media} is not declared for {}",
                answer.status
            );
            if media == "application/json" {
                let body = answer.json();
                if let Err(why) = conforms(&spec, schema, &body) {
                    panic!("{method} {path}: {body} does not fit the spec: {why}");
                }
            }
        }
    }
}

#[test]
fn schemathesis_finds_nothing() {
    let server = serve();
    let (id, key) = book(
        &server,
        &format!(
            "name=Fuzz&date={}&time=10:00&tz=UTC&repeat=weekly&count=3",
            common::a_day_next_year()
        ),
    );
    let st = std::path::Path::new(&python()).with_file_name("st");
    let out = Command::new(&st)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "run",
            &format!("http://{}/openapi.yaml", server.addr),
            "--url",
            &format!("http://{}", server.addr),
        ])
        .args([
            "-H",
            "Accept: application/json",
            "--max-examples",
            "60",
            "--seed",
            "20261122",
            "--no-color",
        ])
        .env("PLANADO_ST_ID", &id)
        .env("PLANADO_ST_KEY", &key)
        // Each generated cancellation gets a meeting of its own
        // (scripts/schemathesis_hooks.py), so that the shared one stays.
        .env("SCHEMATHESIS_HOOKS", "schemathesis_hooks")
        .env(
            "PYTHONPATH",
            concat!(env!("CARGO_MANIFEST_DIR"), "/scripts"),
        )
        .env("PLANADO_ST_URL", format!("http://{}", server.addr))
        .env("PLANADO_ST_DATE", common::a_day_next_year())
        .output()
        .unwrap_or_else(|e| panic!("{}: {e} (scripts/test installs schemathesis)", st.display()));
    let report = String::from_utf8_lossy(&out.stdout);
    println!("{report}");
    assert!(
        out.status.success(),
        "Schemathesis found failures:\n{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The meeting every case named is still there: no case was a 404 that
    // tested nothing.
    let still = common::http(
        &server.addr,
        "GET",
        &format!("/admin?id={id}&key={key}"),
        "application/json",
        None,
    );
    assert_eq!(
        still.status, 200,
        "the shared meeting was cancelled: {}",
        still.body
    );
}
