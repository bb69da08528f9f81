//! The one error type a request can end in, how the lower layers' errors
//! become it, and the one place that turns it into an error page or a JSON
//! error with the headers it needs.

use http::StatusCode;
use serde_json::json;

use super::{HttpResponse, Negotiation};
use crate::config::ConfigError;
use crate::domain::DomainError;
use crate::i18n::{Catalog, CatalogError};
use crate::pages::{self, Chrome, ErrorPage};
use crate::store::StoreError;
use crate::store::current::CurrentError;
use crate::token::TokenError;

/// Every way a request can fail that a visitor may see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// 400: a message key of the interface language and its arguments.
    BadInput {
        key: &'static str,
        args: Vec<(&'static str, String)>,
    },
    /// 401: the reservation backend's shared secret is missing or wrong.
    Unauthorized,
    /// 404: unknown, expired, or a wrong admin key (all answered alike).
    NotFound,
    /// 403: a browser's form post from another site.
    CrossSite,
    /// 409: the organiser's form was made from a version that changed since.
    Conflict,
    /// 405 with the methods that are allowed.
    MethodNotAllowed(&'static str),
    /// 408: the client did not send its whole request in time.
    RequestTimeout,
    /// 413: the body is over `MAX_BODY_BYTES`.
    TooLarge,
    /// 414: the query string is over `MAX_QUERY_BYTES`.
    UriTooLong,
    /// 431: more header fields than `MAX_HEADERS`.
    HeadersTooLarge,
    /// 505: a `SERVER_PROTOCOL` that is no HTTP version Planado speaks.
    ProtocolNotSupported,
    /// 415: a body that is not a form.
    UnsupportedMediaType,
    /// 429: the client booked too often this hour; seconds until it may again.
    TooManyRequests(u64),
    /// 503: the database cannot be reached; the detail goes to the log only.
    Unavailable(String),
    /// 500: a bug or a broken installation; the detail goes to the log only.
    Internal(String),
}

impl Failure {
    pub fn bad(key: &'static str) -> Failure {
        Failure::BadInput {
            key,
            args: Vec::new(),
        }
    }

    /// Adds a `{name}` argument to a bad-input message.
    pub fn arg(self, name: &'static str, value: String) -> Failure {
        match self {
            Failure::BadInput { key, mut args } => {
                args.push((name, value));
                Failure::BadInput { key, args }
            }
            other => other,
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            Failure::BadInput { .. } => StatusCode::BAD_REQUEST,
            Failure::Unauthorized => StatusCode::UNAUTHORIZED,
            Failure::NotFound => StatusCode::NOT_FOUND,
            Failure::CrossSite => StatusCode::FORBIDDEN,
            Failure::Conflict => StatusCode::CONFLICT,
            Failure::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            Failure::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            Failure::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Failure::UriTooLong => StatusCode::URI_TOO_LONG,
            Failure::HeadersTooLarge => StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            Failure::ProtocolNotSupported => StatusCode::HTTP_VERSION_NOT_SUPPORTED,
            Failure::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Failure::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            Failure::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Failure::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// The model's refusals are the visitor's bad input; without randomness no
/// secret can be made (a broken installation).
impl From<DomainError> for Failure {
    fn from(e: DomainError) -> Failure {
        match e {
            DomainError::Invalid { key, args } => Failure::BadInput { key, args },
            DomainError::Randomness(e) => {
                Failure::Internal(format!("no randomness from the OS: {e}"))
            }
        }
    }
}

/// Every store error is, for the visitor, "the database is unavailable"; the
/// detail goes to the log.
impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        crate::metrics::store_error(match e {
            StoreError::Unavailable(_) => "unavailable",
            StoreError::NotInitialised(_) => "not_initialised",
            StoreError::Corrupt(_) => "corrupt",
        });
        Failure::Unavailable(e.to_string())
    }
}

impl From<CurrentError> for Failure {
    fn from(e: CurrentError) -> Failure {
        match e {
            CurrentError::Store(e) => e.into(),
            CurrentError::Domain(e) => e.into(),
            CurrentError::KeptChanging(id) => {
                Failure::Unavailable(format!("meeting {id} kept changing while being read"))
            }
        }
    }
}

/// A configuration that cannot be read: the operator must fix it.
impl From<ConfigError> for Failure {
    fn from(e: ConfigError) -> Failure {
        Failure::Internal(format!("configuration: {e}"))
    }
}

impl From<CatalogError> for Failure {
    fn from(e: CatalogError) -> Failure {
        Failure::Internal(format!("languages: {e}"))
    }
}

impl From<TokenError> for Failure {
    fn from(e: TokenError) -> Failure {
        Failure::Internal(e.0)
    }
}

/// A template that cannot render is a bug.
impl From<askama::Error> for Failure {
    fn from(e: askama::Error) -> Failure {
        Failure::Internal(format!("template: {e}"))
    }
}

/// The error page (or JSON error) for a failure, in `t`'s language, with the
/// headers the failure needs (security headers are added by the edge). The
/// details of 500 and 503 go to the log (stderr), never to the visitor.
pub fn failure_response(
    negotiation: &Negotiation,
    t: &Catalog,
    chrome: Chrome,
    failure: Failure,
) -> HttpResponse {
    log_failure(&failure);
    let status = failure.status();
    let (title_key, message) = failure_text(t, &failure);
    let resp = if negotiation.wants_json {
        let code = match &failure {
            Failure::BadInput { key, .. } => key.trim_start_matches("error_").to_string(),
            _ => status
                .canonical_reason()
                .unwrap_or("error")
                .to_ascii_lowercase()
                .replace(' ', "_"),
        };
        super::json(status, &json!({ "error": message, "code": code }))
    } else {
        let page = ErrorPage {
            title: t.get(title_key).to_string(),
            chrome,
            message,
            ask_for_id: matches!(failure, Failure::NotFound),
            t,
        };
        let body = pages::render(&page).unwrap_or_else(|_| t.get("error_internal").to_string());
        super::html(status, body)
    };
    with_failure_headers(resp, &failure)
}

/// The details of a 500 or 503 go to the log (stderr), never to the visitor.
pub fn log_failure(failure: &Failure) {
    if let Failure::Unavailable(detail) | Failure::Internal(detail) = failure {
        eprintln!("planado: {}: {detail}", failure.status().as_u16());
    }
}

/// The headers a failure's answer carries besides its body: the methods a
/// 405 allows, when a 429 may try again, the scheme a 401 wants.
pub fn with_failure_headers(resp: HttpResponse, failure: &Failure) -> HttpResponse {
    match *failure {
        Failure::MethodNotAllowed(allow) => super::with_allow(resp, allow),
        Failure::TooManyRequests(seconds) => super::with_retry_after(resp, seconds),
        Failure::Unauthorized => super::with_bearer_challenge(resp),
        _ => resp,
    }
}

/// The title key and the message of a failure's page, in `t`'s language.
pub fn failure_text(t: &Catalog, failure: &Failure) -> (&'static str, String) {
    match failure {
        Failure::Unauthorized => ("error_title", t.get("error_unauthorized").to_string()),
        Failure::BadInput { key, args } => ("error_title", t.fill(key, args)),
        Failure::NotFound => ("notfound_title", t.get("notfound_text").to_string()),
        Failure::CrossSite => ("error_title", t.get("error_cross_site").to_string()),
        Failure::Conflict => ("error_title", t.get("error_changed_meanwhile").to_string()),
        Failure::MethodNotAllowed(_) => ("error_title", t.get("error_method").to_string()),
        Failure::RequestTimeout => ("error_title", t.get("error_timeout").to_string()),
        Failure::TooLarge => ("error_title", t.get("error_too_large").to_string()),
        Failure::UriTooLong => ("error_title", t.get("error_uri_too_long").to_string()),
        Failure::HeadersTooLarge => ("error_title", t.get("error_headers_too_large").to_string()),
        Failure::ProtocolNotSupported => ("error_title", t.get("error_protocol").to_string()),
        Failure::UnsupportedMediaType => ("error_title", t.get("error_media_type").to_string()),
        Failure::TooManyRequests(_) => {
            ("error_title", t.get("error_too_many_bookings").to_string())
        }
        Failure::Unavailable(_) => ("unavailable_title", t.get("error_unavailable").to_string()),
        Failure::Internal(_) => ("error_title", t.get("error_internal").to_string()),
    }
}
