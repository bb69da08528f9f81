//! CGI: the waiting page before the start, the room from the start on.
fn main() {
    planado::edge::run(planado::handlers::invite::handle);
}
