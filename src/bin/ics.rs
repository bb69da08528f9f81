//! CGI: the meeting as an RFC 5545 calendar file.
fn main() {
    planado::edge::run(planado::handlers::ics::handle);
}
