//! CGI: the organiser's page (view, change, cancel, enter early).
fn main() {
    planado::cgi_edge::run(planado::handlers::admin::handle);
}
