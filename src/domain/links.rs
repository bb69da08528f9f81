//! The URLs Planado hands out. The conference name travels only in links: in the
//! invite link's fragment (Jitsi's own `#config.subject=`, which no browser sends
//! to a server) and in the calendar link's query.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::ids::{AdminKey, InviteId, RoomId};

/// Everything but RFC 3986's unreserved characters is encoded.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

pub fn encode(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// `#config.subject=%22…%22`: the name as a JSON string, percent-encoded, as
/// Jitsi Meet reads it from its URL. Empty for no name.
pub fn subject_fragment(name: &str) -> String {
    if name.is_empty() {
        return String::new();
    }
    let quoted = serde_json::Value::String(name.to_string()).to_string();
    format!("#config.subject={}", encode(&quoted))
}

pub fn invite_url(base: &str, invite_id: &InviteId, name: &str) -> String {
    format!(
        "{base}/invite?id={}{}",
        encode(invite_id.as_str()),
        subject_fragment(name)
    )
}

/// The admin link carries the name in its fragment too, so that the admin page
/// can show it and hand it on to the invite link and the calendar file.
pub fn admin_url(base: &str, invite_id: &InviteId, key: &AdminKey, name: &str) -> String {
    format!(
        "{base}/admin?id={}&key={}{}",
        encode(invite_id.as_str()),
        encode(key.as_str()),
        subject_fragment(name)
    )
}

pub fn ics_url(base: &str, invite_id: &InviteId, name: &str) -> String {
    format!(
        "{base}/ics?id={}&name={}",
        encode(invite_id.as_str()),
        encode(name)
    )
}

/// The organiser's page, relative, for its own forms and redirects.
pub fn admin_path(invite_id: &InviteId, key: &AdminKey) -> String {
    format!(
        "admin?id={}&key={}",
        encode(invite_id.as_str()),
        encode(key.as_str())
    )
}

/// A page of the meeting, relative (`invite?id=`, `ics?id=`).
pub fn relative(page: &str, invite_id: &InviteId) -> String {
    format!("{page}?id={}", encode(invite_id.as_str()))
}

pub fn room_url(jitsi_url: &str, room_id: &RoomId) -> String {
    format!("{jitsi_url}/{room_id}")
}

/// `scheme://host[:port]` of a URL.
pub fn origin(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |i| i + 3);
    let end = url[after_scheme..]
        .find('/')
        .map_or(url.len(), |i| after_scheme + i);
    &url[..end]
}

/// `mailto:` with subject and body; Planado never learns the recipients.
pub fn mailto(subject: &str, body: &str) -> String {
    // Mail clients expect CRLF line ends in a mailto body (RFC 6068).
    let body = body.replace('\n', "\r\n");
    format!("mailto:?subject={}&body={}", encode(subject), encode(&body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_name_rides_in_the_fragment() {
        let abc = InviteId::parse("abc").unwrap();
        let url = invite_url("https://p.example", &abc, "Team \"A\" & Über");
        assert_eq!(
            url,
            "https://p.example/invite?id=abc#config.subject=%22Team%20%5C%22A%5C%22%20%26%20%C3%9Cber%22"
        );
        assert_eq!(
            invite_url("https://p.example", &abc, ""),
            "https://p.example/invite?id=abc"
        );
    }

    #[test]
    fn mailto_is_fully_encoded() {
        let m = mailto("Einladung: a&b", "x\ny");
        assert_eq!(m, "mailto:?subject=Einladung%3A%20a%26b&body=x%0D%0Ay");
    }
}
