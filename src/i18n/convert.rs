//! `planado convert-catalog`: an operator's language file of the TOML form
//! that earlier Planado versions read (`key = "text"`, `{name}` placeholders)
//! written as the Fluent file that this version reads. A number's plural
//! forms are the translator's to add: the conversion keeps each text as it was.

/// The Fluent text of the TOML language file `text`; `origin` names it in errors.
pub fn toml_to_ftl(origin: &str, text: &str) -> Result<String, String> {
    let table: toml::Table = toml::from_str(text).map_err(|e| format!("{origin}: {e}"))?;
    let mut out = format!("### Converted from {origin} by planado convert-catalog.\n\n");
    for (key, value) in &table {
        let Some(value) = value.as_str() else {
            return Err(format!("{origin}: {key} must be a string"));
        };
        let identifier = key.starts_with(|c: char| c.is_ascii_alphabetic())
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if !identifier {
            return Err(format!("{origin}: {key:?} cannot be a message id"));
        }
        let lines: Vec<String> = value.split('\n').map(line).collect();
        if lines.len() == 1 && !lines[0].is_empty() {
            out.push_str(&format!("{key} = {}\n", lines[0]));
        } else {
            out.push_str(&format!("{key} =\n"));
            for l in lines {
                out.push_str(&format!(
                    "    {}\n",
                    if l.is_empty() { "{ \"\" }" } else { &l }
                ));
            }
        }
    }
    Ok(out)
}

/// One line of text: `{name}` becomes `{ $name }`; other braces, and what
/// Fluent would read as syntax at a line's start or end, become literals.
fn line(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let placeholder = rest.strip_prefix('{').and_then(|after| {
            let close = after.find('}')?;
            let name = &after[..close];
            let ok =
                !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
            ok.then(|| (name, &after[close + 1..]))
        });
        if let Some((name, after)) = placeholder {
            out.push_str(&format!("{{ ${name} }}"));
            rest = after;
            continue;
        }
        match c {
            '{' | '}' => out.push_str(&format!("{{ \"{c}\" }}")),
            '[' | '*' | '.' if out.is_empty() => out.push_str(&format!("{{ \"{c}\" }}")),
            ' ' if out.is_empty() => out.push_str("{ \" \" }"),
            _ => out.push(c),
        }
        rest = &rest[c.len_utf8()..];
    }
    if out.ends_with(' ') {
        out.pop();
        out.push_str("{ \" \" }");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::ftl::compile;
    use super::super::message::render;
    use super::*;

    #[test]
    fn a_converted_file_says_what_the_old_one_said() {
        let old = "button_book = \"Réserver\"\ntext = \"Salut {name}, {x y} {} }\\nligne deux \"\n\
                   odd = \"[1] *x .y\"\nempty = \"\"\n";
        let converted = toml_to_ftl("fr.toml", old).unwrap();
        let messages = compile("converted", &converted).unwrap();
        let get = |id: &str| {
            let (_, m) = messages.iter().find(|(k, _)| k == id).unwrap();
            render(m, &[("name", "Ana".into())], &|_| "other")
        };
        assert_eq!(get("button_book"), "Réserver");
        assert_eq!(get("text"), "Salut Ana, {x y} {} }\nligne deux ");
        assert_eq!(get("odd"), "[1] *x .y");
        assert_eq!(get("empty"), "");
    }

    #[test]
    fn what_cannot_be_converted_is_named() {
        assert!(
            toml_to_ftl("x.toml", "n = 1\n")
                .unwrap_err()
                .contains("must be a string")
        );
        assert!(
            toml_to_ftl("x.toml", "\"a b\" = \"c\"\n")
                .unwrap_err()
                .contains("message id")
        );
        assert!(
            toml_to_ftl("x.toml", "a = \n")
                .unwrap_err()
                .starts_with("x.toml")
        );
    }
}
