//! CGI: POST creates a meeting and answers with its links.
fn main() {
    planado::cgi_edge::run(planado::handlers::booking::handle);
}
