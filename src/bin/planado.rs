//! The operator's command: `planado init | serve | cleanup | import-legacy | check`
//! (src/cli/).

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    planado::cli::main(&args)
}
