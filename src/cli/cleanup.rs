//! The cron command (`cleanup` without `REQUEST_METHOD`, `planado cleanup`).

/// The cron command (`cleanup` without `REQUEST_METHOD`, `planado cleanup`):
/// prints what it did, or what is wrong, and exits accordingly.
pub fn command() -> std::process::ExitCode {
    let outcome = crate::app::App::from_env()
        .map_err(|e| e.to_string())
        .and_then(|app| {
            let ctx = app.at(crate::clock::now());
            let mut store =
                crate::store::open_for_command(&ctx.config).map_err(|e| e.to_string())?;
            crate::cleanup::run(store.as_mut(), ctx.now, ctx.lifetimes(), &ctx.rooms)
                .map_err(|e| e.to_string())
        });
    match outcome {
        Ok(report) => {
            println!("planado cleanup: {report}");
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("planado cleanup: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
