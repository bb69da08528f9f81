//! The one error type a request can end in, and how the other modules' errors
//! become it. Domain modules return these without knowing about HTTP; the
//! edge (src/edge/) turns each into an error page or JSON error.

use http::StatusCode;

use crate::cleanup::CleanupError;
use crate::config::ConfigError;
use crate::ids::RandomnessUnavailable;
use crate::store::StoreError;

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
            Failure::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Failure::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            Failure::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            Failure::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// Every store error is, for the visitor, "the database is unavailable"; the
/// detail goes to the log.
impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        Failure::Unavailable(e.to_string())
    }
}

/// No randomness, no secret: a broken installation.
impl From<RandomnessUnavailable> for Failure {
    fn from(e: RandomnessUnavailable) -> Failure {
        Failure::Internal(format!("no randomness from the OS: {e}"))
    }
}

/// A configuration that cannot be read: the operator must fix it.
impl From<ConfigError> for Failure {
    fn from(e: ConfigError) -> Failure {
        Failure::Internal(format!("configuration: {e}"))
    }
}

impl From<CleanupError> for Failure {
    fn from(e: CleanupError) -> Failure {
        match e {
            CleanupError::Store(e) => e.into(),
            CleanupError::Randomness(e) => e.into(),
        }
    }
}
