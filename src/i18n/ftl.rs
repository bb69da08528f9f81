//! Fluent catalogs (`*.ftl`, https://projectfluent.org) compiled to the form
//! a message is kept in: its text, with each placeable as a few control
//! characters that no catalog text may contain. build.rs compiles the
//! built-in catalogs with this very file (so a CGI process parses nothing);
//! an operator's own catalogs are compiled the same way when Planado starts.
//!
//! Planado's messages use the part of Fluent that translators need: text,
//! variables (`{ $name }`), string literals (`{ "{" }`), and selects on a
//! variable (`{ $count -> [one] … *[other] … }`), by CLDR plural category or
//! exact number for numbers and by name for words. Message and term
//! references, functions and attributes are refused with the reason.
//!
//! The compiled form, read by `message.rs`:
//!
//! ```text
//! pattern := ( text | VAR name END | CHOICE name variant+ CHOICE_END )*
//! variant := VARIANT ["*"] key BODY pattern        ("*": the default)
//! ```

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::ast::{Variant, VariantKey};

/// Opens a variable's name; `END` closes it.
pub const VAR: char = '\u{1}';
pub const END: char = '\u{2}';
/// Opens a select: the selector's variable name, then its variants.
pub const CHOICE: char = '\u{3}';
/// Opens a variant's key; `BODY` ends the key and opens its pattern.
pub const VARIANT: char = '\u{4}';
pub const BODY: char = '\u{5}';
/// Closes a select.
pub const CHOICE_END: char = '\u{6}';

/// Whether `c` is one of the compiled form's markers.
pub fn is_marker(c: char) -> bool {
    ('\u{1}'..='\u{6}').contains(&c)
}

/// The messages of one Fluent file as (id, compiled text), in file order;
/// an error names `origin` and the line, and says what to change.
pub fn compile(origin: &str, source: &str) -> Result<Vec<(String, String)>, String> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        let first = &errors[0];
        let line = source[..first.pos.start.min(source.len())]
            .matches('\n')
            .count()
            + 1;
        format!(
            "{origin}:{line}: {} (this is not Fluent syntax)",
            first.kind
        )
    })?;
    let mut messages: Vec<(String, String)> = Vec::new();
    for entry in &resource.body {
        let message = match entry {
            Entry::Message(message) => message,
            Entry::Term(term) => {
                return Err(format!(
                    "{origin}: -{}: terms are not used by Planado; write the text into each message",
                    term.id.name
                ));
            }
            _ => continue,
        };
        let id = message.id.name;
        let fail = |why: String| format!("{origin}: {id}: {why}");
        if !message.attributes.is_empty() {
            return Err(fail(
                "attributes (.name = …) are not used by Planado".into(),
            ));
        }
        if messages.iter().any(|(known, _)| known == id) {
            return Err(fail("this message is defined twice".into()));
        }
        let value = message
            .value
            .as_ref()
            .ok_or_else(|| fail("the message has no text".into()))?;
        let mut compiled = String::new();
        pattern(&mut compiled, value).map_err(fail)?;
        messages.push((id.to_string(), compiled));
    }
    Ok(messages)
}

fn pattern(out: &mut String, pattern: &Pattern<&str>) -> Result<(), String> {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text(out, value)?,
            PatternElement::Placeable { expression } => placeable(out, expression)?,
        }
    }
    Ok(())
}

fn text(out: &mut String, value: &str) -> Result<(), String> {
    if value.chars().any(is_marker) {
        return Err("the text contains a control character".into());
    }
    out.push_str(value);
    Ok(())
}

fn placeable(out: &mut String, expression: &Expression<&str>) -> Result<(), String> {
    match expression {
        Expression::Inline(inline) => inline_expression(out, inline),
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id } = selector else {
                return Err("a select chooses by a variable ({ $count -> … })".into());
            };
            out.push(CHOICE);
            out.push_str(id.name);
            for variant in variants {
                variant_of(out, variant)?;
            }
            out.push(CHOICE_END);
            Ok(())
        }
    }
}

fn variant_of(out: &mut String, variant: &Variant<&str>) -> Result<(), String> {
    out.push(VARIANT);
    if variant.default {
        out.push('*');
    }
    match variant.key {
        VariantKey::Identifier { name } => out.push_str(name),
        VariantKey::NumberLiteral { value } => {
            value
                .parse::<i64>()
                .map_err(|_| format!("the variant key [{value}] is not a whole number"))?;
            out.push_str(value);
        }
    }
    out.push(BODY);
    pattern(out, &variant.value)
}

fn inline_expression(out: &mut String, inline: &InlineExpression<&str>) -> Result<(), String> {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.push(VAR);
            out.push_str(id.name);
            out.push(END);
            Ok(())
        }
        InlineExpression::StringLiteral { value } => text(
            out,
            &fluent_syntax::unicode::unescape_unicode_to_string(value),
        ),
        InlineExpression::NumberLiteral { value } => text(out, value),
        InlineExpression::Placeable { expression } => placeable(out, expression),
        InlineExpression::MessageReference { id, .. } => Err(format!(
            "{{ {} }}: references to other messages are not used by Planado; write the text out",
            id.name
        )),
        InlineExpression::TermReference { id, .. } => Err(format!(
            "{{ -{} }}: terms are not used by Planado; write the text out",
            id.name
        )),
        InlineExpression::FunctionReference { id, .. } => Err(format!(
            "{}(): functions are not used by Planado; use {{ $name }} as it is",
            id.name
        )),
    }
}
