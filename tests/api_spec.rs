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

/// The required fields of a JSON response schema (of each `oneOf` branch).
fn required_sets(spec: &Value, schema: &Value) -> Vec<Vec<String>> {
    let schema = resolve(spec, schema);
    if let Some(branches) = schema.get("oneOf").and_then(Value::as_array) {
        return branches
            .iter()
            .flat_map(|b| required_sets(spec, b))
            .collect();
    }
    let names = schema["required"]
        .as_array()
        .map(|a| a.iter().map(|v| v.as_str().unwrap().to_string()).collect());
    vec![names.unwrap_or_default()]
}

#[test]
fn every_route_is_in_the_spec_and_every_path_is_routed() {
    let spec = spec();
    let paths: Vec<String> = spec["paths"].as_object().unwrap().keys().cloned().collect();
    for (route, _) in planado::serve::ROUTES {
        assert!(
            paths.contains(&route.to_string()),
            "{route} is not in openapi.yaml"
        );
    }
    for path in &paths {
        assert!(
            planado::serve::route(path).is_some(),
            "openapi.yaml has {path}, which nothing serves"
        );
    }
}

#[test]
fn the_examples_get_what_the_spec_promises() {
    let spec = spec();
    let server = serve();
    let (id, key) = book(&server, "name=Spec&date=2036-01-05&time=10:00&tz=UTC");
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let form = op["requestBody"]["content"]["application/x-www-form-urlencoded"]["example"]
                .as_object()
                .map(|e| {
                    e.iter()
                        .map(|(k, v)| {
                            format!(
                                "{k}={}",
                                planado::links::encode(
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
            let declared = &op["responses"][answer.status.to_string()];
            assert!(
                declared.is_object(),
                "{method} {path}: status {} is not in the spec ({})",
                answer.status,
                answer.body
            );
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
                let fits = required_sets(&spec, schema)
                    .iter()
                    .any(|fields| fields.iter().all(|f| body.get(f).is_some()));
                assert!(
                    fits,
                    "{method} {path}: {body} lacks the fields the spec requires"
                );
            }
        }
    }
}

#[test]
fn schemathesis_finds_nothing() {
    let server = serve();
    let (id, key) = book(
        &server,
        "name=Fuzz&date=2036-01-05&time=10:00&tz=UTC&repeat=weekly&count=3",
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
        .output()
        .unwrap_or_else(|e| panic!("{}: {e} (scripts/test installs schemathesis)", st.display()));
    let report = String::from_utf8_lossy(&out.stdout);
    println!("{report}");
    assert!(
        out.status.success(),
        "Schemathesis found failures:\n{report}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
