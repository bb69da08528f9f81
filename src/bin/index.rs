//! CGI: the booking form, and "start a room now".
fn main() {
    planado::edge::run(planado::handlers::index::handle);
}
