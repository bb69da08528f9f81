//! The HTML pages. Askama escapes every value by construction; nothing here
//! concatenates HTML.

use askama::Template;

use crate::i18n::Catalog;

/// What the frame of every page shows (templates/base.html): where the
/// static files are, the language menu, the footer's links, and the language
/// a link chose, which the page's own links and forms keep.
pub struct Chrome {
    pub static_base: String,
    /// The language menu (empty: none, as on a page that cannot be shown again).
    pub languages: Vec<LanguageLink>,
    /// The tag a link chose (`?lang=`), kept by `link`.
    pub chosen: Option<String>,
}

/// One language in the menu: a plain link to this page in that language.
pub struct LanguageLink {
    pub tag: String,
    /// The language's name for itself.
    pub name: String,
    pub href: String,
    pub current: bool,
}

impl Chrome {
    /// `path` (a relative link of this Planado), keeping the chosen language.
    pub fn link(&self, path: &str) -> String {
        with_language(path, self.chosen.as_deref())
    }
}

/// `path` with `lang=` when a link chose the language (`chosen`).
pub fn with_language(path: &str, chosen: Option<&str>) -> String {
    match chosen {
        None => path.to_string(),
        Some(tag) => {
            let joiner = if path.contains('?') { '&' } else { '?' };
            format!("{path}{joiner}lang={tag}")
        }
    }
}

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
    pub chrome: Chrome,
    /// The earliest date the form offers.
    pub today: String,
    /// The fields' values: suggestions, or what a refused booking sent.
    pub name: String,
    pub date: String,
    pub time: String,
    pub count: String,
    pub default_tz: String,
    pub tz_note: String,
    /// (value, label, selected).
    pub repeats: Vec<(&'static str, String, bool)>,
    /// When the room opens, the length, the reminder (templates/choices.html).
    pub choices: Vec<ChoiceField>,
    /// The door's fields, with a Jitsi that keeps a door (templates/door.html).
    pub door_form: Option<DoorForm>,
    pub max_count: u32,
    pub max_name: usize,
    pub count_hint: String,
    /// Why the booking just sent was refused.
    pub error: Option<FormError>,
}

/// A refused form's reason, and the field it is about (its id), if one.
pub struct FormError {
    pub field: Option<&'static str>,
    pub message: String,
}

/// A page whose form may come back refused: its fields ask it whether the
/// refusal is theirs (templates/index.html, admin.html, choices.html,
/// door.html, which the booking form and the organiser's page share).
pub trait RefusedForm {
    fn form_error(&self) -> Option<&FormError>;

    /// Whether the refusal is about `field`.
    fn invalid(&self, field: &str) -> bool {
        self.form_error().is_some_and(|e| e.field == Some(field))
    }

    /// The refusal's message when it is about `field` (shown beside it as
    /// `{field}-error`).
    fn field_error(&self, field: &str) -> Option<&str> {
        self.form_error()
            .filter(|e| e.field == Some(field))
            .map(|e| e.message.as_str())
    }

    /// The ids that describe `field`: its hint, and the refusal's message
    /// when it is about this field.
    fn described_by(&self, field: &str, hint: &str) -> String {
        let error = self.invalid(field).then(|| format!("{field}-error"));
        [Some(hint.to_string()), error]
            .into_iter()
            .flatten()
            .filter(|id| !id.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl RefusedForm for IndexPage<'_> {
    fn form_error(&self) -> Option<&FormError> {
        self.error.as_ref()
    }
}

impl RefusedForm for AdminPage<'_> {
    fn form_error(&self) -> Option<&FormError> {
        self.error.as_ref()
    }
}

#[derive(Template)]
#[template(path = "booked.html")]
pub struct BookedPage<'a> {
    pub t: &'a Catalog,
    pub title: String,
    pub chrome: Chrome,
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
    pub chrome: Chrome,
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
    /// The invite link without its fragment (see the template), also for
    /// entering by hand when the script does not.
    pub refresh_url: String,
    /// Whether the page reloads itself without JavaScript (until the
    /// visitor stops it: `reload=0`).
    pub reloads: bool,
    /// The page that no longer reloads (and checks again when followed).
    pub stop_reload_url: String,
    /// What a screen reader hears 10, 5 and 1 minute before the opening.
    pub announce: [String; 3],
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
    pub chrome: Chrome,
    pub consent_text: String,
    pub notice_url: String,
    pub room_url: String,
}

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    pub t: &'a Catalog,
    pub title: String,
    pub chrome: Chrome,
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
    pub chrome: Chrome,
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
    /// The change form's zone (the meeting's, or what a refused change sent).
    pub form_tz: String,
    pub zones: Vec<&'static str>,
    pub repeats: Vec<(&'static str, String, bool)>,
    /// When the room opens, the length, the reminder (templates/choices.html).
    pub choices: Vec<ChoiceField>,
    pub count: String,
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
    /// Why the change just sent was refused (the form shows what was sent).
    pub error: Option<FormError>,
    /// Why a skip, move or restore just sent was refused.
    pub occurrence_error: Option<String>,
}

#[derive(Template)]
#[template(path = "confirm_cancel.html")]
pub struct ConfirmCancelPage<'a> {
    pub t: &'a Catalog,
    pub title: String,
    pub chrome: Chrome,
    pub question: String,
    pub self_url: String,
}

#[derive(Template)]
#[template(path = "message.html")]
pub struct MessagePage<'a> {
    pub t: &'a Catalog,
    pub title: String,
    pub chrome: Chrome,
    pub message: String,
}

#[derive(Template)]
#[template(path = "accessibility.html")]
pub struct AccessibilityPage<'a> {
    pub t: &'a Catalog,
    pub title: String,
    pub chrome: Chrome,
    /// The operator's contact as a link (address, text), when configured.
    pub contact: Option<(String, String)>,
    /// The report sentence around the contact's link.
    pub report_before: String,
    pub report_after: String,
}
