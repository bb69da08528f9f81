//! The HTML pages. Askama escapes every value by construction; nothing here
//! concatenates HTML.

use askama::Template;

use crate::i18n::Catalog;

/// One of the form's choices in minutes: its field name, its label, and the
/// options (value, label, selected).
pub struct ChoiceField {
    pub name: &'static str,
    pub label: String,
    pub options: Vec<(u32, String, bool)>,
}

/// The door's fields on a form (templates/door.html), filled in.
pub struct DoorForm {
    /// Shown without a Jitsi that keeps it (a door from before): say so.
    pub needs_jitsi: bool,
    pub lobby: bool,
    pub password: String,
    pub max_participants: String,
    pub password_in_invitation: bool,
    pub max_min: u32,
    pub max_max: u32,
    pub password_max: usize,
}

/// One occurrence in the organiser's list (templates/admin.html).
pub struct OccurrenceRow {
    /// The rule's start (RFC 3339): what the skip, move and restore forms name.
    pub original: String,
    /// When it takes place (or was to), RFC 3339 and in words.
    pub start_iso: String,
    pub text: String,
    pub current: bool,
    pub skipped: bool,
    /// "moved from …", when it was moved.
    pub moved_from: Option<String>,
    /// Its local date and time, for the move form.
    pub date: String,
    pub time: String,
    /// Not begun yet: it can still be skipped or moved.
    pub changeable: bool,
}

/// "Subscribe in your calendar" (templates/subscribe.html): the feed, and the
/// same with the name in it when the page knows the name.
pub struct Subscribe {
    pub plain: crate::domain::links::Subscription,
    pub named: Option<crate::domain::links::Subscription>,
    /// Whether the Google Calendar and Outlook links are shown.
    pub vendors: bool,
}

#[derive(Template)]
#[template(path = "index.html")]
pub struct IndexPage<'a> {
    pub t: &'a Catalog,
    pub title: String,
    pub app_base: String,
    pub static_base: String,
    pub today: String,
    pub next_hour: String,
    pub default_tz: String,
    pub tz_note: String,
    pub repeats: Vec<(&'static str, String)>,
    /// When the room opens, the length, the reminder (templates/choices.html).
    pub choices: Vec<ChoiceField>,
    /// The door's fields, with a Jitsi that keeps a door (templates/door.html).
    pub door_form: Option<DoorForm>,
    pub max_count: u32,
    pub max_name: usize,
    pub count_hint: String,
}

#[derive(Template)]
#[template(path = "booked.html")]
pub struct BookedPage<'a> {
    pub t: &'a Catalog,
    pub title: String,
    pub app_base: String,
    pub static_base: String,
    pub name: String,
    pub start_iso: String,
    pub start_text: String,
    pub tz: String,
    pub repeat_text: String,
    pub invite_url: String,
    pub ics_url: String,
    pub admin_url: String,
    pub invitation: String,
    pub mailto: String,
    /// The calendar file, for the browser to offer without another request.
    pub ics_data: String,
    pub ics_file: String,
    /// On the public meet.jit.si: what its rules mean for this page's reader.
    pub host_note: Option<String>,
    /// The room's door in words (the password too: this page is the organiser's).
    pub door: Vec<String>,
    /// "Subscribe in your calendar", with and without the name.
    pub subscribe: Subscribe,
}

#[derive(Template)]
#[template(path = "waiting.html")]
pub struct WaitingPage<'a> {
    pub t: &'a Catalog,
    pub title: String,
    pub app_base: String,
    pub static_base: String,
    pub starts_text: String,
    pub tz: String,
    pub start_ms: i64,
    /// When the room opens (the start, or earlier): what the countdown counts to.
    pub opens_ms: i64,
    /// "It lasts 1 h."
    pub length_text: String,
    /// The countdown's label: "Starts in", or "Opens in" when the room opens early.
    pub countdown_label: String,
    pub now_ms: i64,
    pub refresh_seconds: i64,
    /// The invite link without its fragment (see the template).
    pub refresh_url: String,
    pub countdown_text: String,
    /// The calendar file without the name (the browser adds it from the fragment).
    pub ics_data: String,
    pub ics_url: String,
    pub invite_plain: String,
    /// On the public meet.jit.si: what its rules mean for this page's reader.
    pub host_note: Option<String>,
    /// "Subscribe in your calendar" (without the name, which the page does not know).
    pub subscribe: Subscribe,
}

#[derive(Template)]
#[template(path = "consent.html")]
pub struct ConsentPage<'a> {
    pub t: &'a Catalog,
    pub title: String,
    pub app_base: String,
    pub static_base: String,
    pub consent_text: String,
    pub notice_url: String,
    pub room_url: String,
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    pub t: &'a Catalog,
    pub title: String,
    pub app_base: String,
    pub static_base: String,
    pub message: String,
    pub ask_for_id: bool,
}

/// Renders a page; a template error is a bug (the web layer answers it with a 500).
pub fn render(page: &impl Template) -> askama::Result<String> {
    page.render()
}

#[derive(Template)]
#[template(path = "admin.html")]
pub struct AdminPage<'a> {
    pub t: &'a Catalog,
    pub title: String,
    pub app_base: String,
    pub static_base: String,
    pub notice: Option<String>,
    pub start_iso: String,
    pub start_text: String,
    pub tz: String,
    pub repeat_text: String,
    pub length_text: String,
    /// The series from the current meeting on, with what can be done to each.
    pub upcoming: Vec<OccurrenceRow>,
    /// "Subscribe in your calendar".
    pub subscribe: Subscribe,
    pub progress: Option<String>,
    pub invite_url: String,
    pub ics_url: String,
    /// The admin link itself, relative, for the forms.
    pub self_url: String,
    pub date: String,
    pub time: String,
    pub zones: Vec<&'static str>,
    pub repeats: Vec<(&'static str, String, bool)>,
    /// When the room opens, the length, the reminder (templates/choices.html).
    pub choices: Vec<ChoiceField>,
    pub count: u32,
    pub max_count: u32,
    /// The version the form shows: a save on top of a newer one is refused.
    pub sequence: u32,
    pub ics_data: String,
    /// The organiser's new link, right after a key from the PHP Planado was renewed.
    pub new_admin_url: Option<String>,
    /// On the public meet.jit.si: what its rules mean for this page's reader.
    pub host_note: Option<String>,
    /// The room's door in words, and its fields.
    pub door: Vec<String>,
    pub door_form: Option<DoorForm>,
}

#[derive(Template)]
#[template(path = "confirm_cancel.html")]
pub struct ConfirmCancelPage<'a> {
    pub t: &'a Catalog,
    pub title: String,
    pub app_base: String,
    pub static_base: String,
    pub question: String,
    pub self_url: String,
}

#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage<'a> {
    pub t: &'a Catalog,
    pub title: String,
    pub app_base: String,
    pub static_base: String,
    pub message: String,
}
