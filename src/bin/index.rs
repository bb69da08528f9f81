//! CGI: the booking form, and "start a room now".
fn main() {
    planado::cgi_edge::run(planado::handlers::index::handle);
}
