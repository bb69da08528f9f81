//! `cleanup` as CGI: runs a cleanup and answers a short text. (Run without
//! `REQUEST_METHOD`, the binary is the cron command instead; see src/bin.)

use http::{Method, StatusCode};
use serde_json::json;

use super::{json_ok, require_method};
use crate::app::Context;
use crate::cleanup;
use crate::web::{self, Failure, HttpResponse, Request};

pub fn handle(req: &Request, ctx: &Context) -> Result<HttpResponse, Failure> {
    require_method(req, &[Method::GET, Method::POST], "GET, POST")?;
    let mut store = ctx.store()?;
    let report = cleanup::run(store.as_mut(), ctx.now, ctx.lifetimes(), &ctx.rooms)
        .map_err(|e| Failure::Unavailable(e.to_string()))?;
    if req.negotiation.wants_json {
        return json_ok(
            StatusCode::OK,
            json!({ "deleted": report.deleted, "advanced": report.advanced, "forgotten": report.forgotten }),
        );
    }
    Ok(web::text(StatusCode::OK, format!("{report}\n")))
}
