//! Cleanup: from cron (no `REQUEST_METHOD`, no FastCGI socket) a command that prints what it did;
//! as CGI a short text answer.
fn main() -> std::process::ExitCode {
    if std::env::var_os("REQUEST_METHOD").is_some() || planado::edge::fastcgi::started_with_socket()
    {
        planado::edge::run(planado::handlers::cleanup::handle);
        std::process::ExitCode::SUCCESS
    } else {
        planado::cli::cleanup::command()
    }
}
