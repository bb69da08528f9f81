//! The URLs an operator configures, made ASCII (an international host in
//! punycode, a path percent-encoded) or refused with the key's name.

use super::ConfigError;

pub(super) fn trim_slash(url: String) -> String {
    url.trim_end_matches('/').to_string()
}

/// An `http://` or `https://` URL as it can go into a header and a page: the
/// `url` crate writes an international host in punycode and percent-encodes a
/// path, so whatever the operator typed becomes ASCII. Empty stays empty
/// (`None`); anything else that is not such a URL is refused with the key's name.
pub(super) fn http_url(key: &str, text: &str) -> Result<Option<url::Url>, ConfigError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let refuse = |why: &str| {
        ConfigError(format!(
            "{key} must be an http:// or https:// URL ({why}), not {text:?}"
        ))
    };
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(refuse("no spaces or control characters"));
    }
    let url = url::Url::parse(text).map_err(|e| refuse(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(refuse("scheme http or https, and a host"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(refuse("no user name or password"));
    }
    Ok(Some(url))
}

/// A URL under which Planado appends paths (`{public_url}/invite?id=`,
/// `{jitsi_url}/{room}`): no query or fragment, no slash at the end.
pub(super) fn base_url(key: &str, text: &str) -> Result<String, ConfigError> {
    let Some(url) = http_url(key, text)? else {
        return Ok(String::new());
    };
    if url.query().is_some() || url.fragment().is_some() {
        return Err(ConfigError(format!(
            "{key} must not have a query (?…) or a fragment (#…): {text:?}"
        )));
    }
    Ok(trim_slash(url.to_string()))
}

/// An e-mail address (`name@host`) or an http(s) address, or nothing.
pub(super) fn contact(key: &str, text: &str) -> Result<String, ConfigError> {
    let text = text.trim();
    let mail = text.split_once('@').is_some_and(|(name, host)| {
        !name.is_empty() && host.contains('.') && !text.contains([' ', '/', ':', '<', '>'])
    });
    if text.is_empty() || mail {
        return Ok(text.to_string());
    }
    match http_url(key, text) {
        Ok(Some(url)) => Ok(url.to_string()),
        _ => Err(ConfigError(format!(
            "{key}: {text:?} is neither an e-mail address nor an http(s) address"
        ))),
    }
}
