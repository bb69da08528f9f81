//! CGI: POST creates a meeting and answers with its links.
fn main() {
    planado::edge::run(planado::handlers::booking::handle);
}
