//! CGI: the waiting page before the start, the room from the start on.
fn main() {
    planado::cgi_edge::run(planado::handlers::invite::handle);
}
