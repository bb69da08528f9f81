//! See fuzz/checks.rs.
#![no_main]

#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|input: checks::CalendarInput<'_>| checks::calendar(input));
