//! CGI: the organiser's page (view, change, cancel, enter early).
fn main() {
    planado::edge::run(planado::handlers::admin::handle);
}
