### English, the fallback for every other language: every file has the same
### messages, with the same { $variables }. The format is Project Fluent
### (https://projectfluent.org/fluent/guide/): a number chooses its variant by the
### language's CLDR plural rules ([zero], [one], [two], [few], [many], *[other]) or
### by its exact value ([1]); a text in { "{" } braces stays as it is. The build
### compiles these files; src/i18n/README.md tells translators and operators more.
lang_name = English
app_name = Planado
tagline = Book a video conference in advance. The room stays secret until it starts.
privacy_footer = Planado stores only ids, the start time, the time zone and the repetition — never the conference name, never who is invited. No cookies, no tracking.

index_title = Book a conference
field_name = Name of the conference
field_name_hint = Shown in the invitation and in the conference. Planado does not store it.
field_date = Date
field_time = Time
field_repeat = Repeat
field_count = Number of meetings
field_count_hint = 1 to { $max }, the first one included.
tz_assumed = Date and time are in the time zone { $tz }.
button_book = Book
now_title = Start a room now
now_text = A fresh secret room, straight into the conference. Nothing is stored.
button_now = Start a room now

repeat_none = Does not repeat
repeat_daily = Daily
repeat_weekly = Weekly
repeat_biweekly = Every two weeks
repeat_fourweekly = Every four weeks
repeat_monthly = Monthly
repeat_weekdays = Every weekday, Monday to Friday
repeat_monthly_weekday = Monthly on the same weekday (as: the second Tuesday)
repeat_monthly_last_weekday = Monthly on the last such weekday (as: the last Friday)
repeat_monthly_on = Monthly on the { $position ->
        [1] first
        [2] second
        [3] third
        [4] fourth
        [5] fifth
       *[last] last
    } { $weekday ->
        [1] Monday
        [2] Tuesday
        [3] Wednesday
        [4] Thursday
        [5] Friday
        [6] Saturday
       *[7] Sunday
    }
repeat_summary = { $rule }, { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    }

booked_title = Your conference is booked
label_name = Name
label_start = Start
label_repeat = Repeats
label_invite = Invite link
label_calendar = Calendar
label_admin = Admin link
invite_hint = Send this link to the people you invite. Until the start it shows a waiting page; from the start on it leads into the room.
open_invite = Open the invite link
admin_hint = Keep the admin link to yourself: it lets you change or cancel the conference and enter early. It cannot be shown again.
download_ics = Download the calendar file (.ics)
button_copy = Copy invitation
button_copied = Copied to the clipboard
button_mail = Send by e-mail
invitation_subject = Invitation: { $name }
invitation_text =
    You are invited to the video conference “{ $name }”.
    Start: { $start }
    { $repeat }
    Join here: { $invite }
    Add it to your calendar: { $ics }

waiting_title = The conference has not started yet
waiting_starts = It starts on { $start }.
waiting_opens = The room opens on { $opens }; the meeting starts at { $time }.
waiting_local = In your time zone: { $time }
waiting_local_opens = In your time zone: the room opens { $opens }, the meeting starts at { $time }.
countdown_label = Starts in
countdown_opens_label = The room opens in
room_opens_early = The room opens { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } before the start.
error_open_early_invalid = The room may open 0 to { $max ->
        [one] { $max } minute
       *[other] { $max } minutes
    } before the start (whole minutes).
field_open_early = Room opens
open_early_0 = at the start
open_early_n = { $minutes ->
        [one] { $minutes } minute before
       *[other] { $minutes } minutes before
    }
field_duration = Length
field_reminder = Reminder in the calendar
reminder_0 = none
reminder_10 = 10 minutes before
reminder_60 = 1 hour before
reminder_1440 = 1 day before
length_minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
length_hours = { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
length_hours_minutes = { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    } { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
label_length = Length
waiting_length = It lasts { $length }.
error_duration_invalid = A meeting lasts { $min } to { $max ->
        [one] { $max } minute
       *[other] { $max } minutes
    } (whole minutes).
error_reminder_invalid = Please choose one of the offered reminders.
waiting_auto = Keep this page open: it takes you into the room at the start.
waiting_nojs = This page reloads itself every 30 seconds and takes you into the room at the start.

consent_title = Before you enter
consent_text = The conference takes place on { $jitsi }. Please read the privacy notice before you enter.
consent_link = Privacy notice
button_enter = Enter the room

error_title = That did not work
back = Back to the booking form
notfound_title = No such conference
notfound_text = This invitation is unknown, or the conference is over. Check the link, or type the invite id:
field_invite_id = Invite id
button_open = Open
error_method = This address does not accept that kind of request.
error_unauthorized = This address needs the reservation token of the operator's Jitsi server.
error_reservation_name = The room name (name) is missing or not a room name.
error_reservation_start_time = The start time (start_time) is missing or not a date and time like 2026-12-01T09:00:00.000Z.
reservation_opens = This conference opens on { $time } ({ $zone }).
reservation_unknown = This room is not booked on this server, or its time is over.
error_too_large = The request is too large.
error_timeout = The request did not arrive in time. Please try again.
error_uri_too_long = The address is too long.
error_headers_too_large = The request has too many header fields.
error_protocol = This version of HTTP is not supported.
error_field_only_for_update = The field { $field } belongs to a change (action=update) only.
error_field_only_for_occurrence = The field { $field } belongs to a skip, move or restore of one occurrence only.
error_media_type = Send the form as application/x-www-form-urlencoded.
unavailable_title = Temporarily unavailable
error_unavailable = The database cannot be reached right now. Please try again in a few minutes.
error_internal = Something went wrong inside Planado. The operator can find the details in the server log.
error_encoding = The request contains malformed characters (broken percent-encoding, or text that is not UTF-8).
error_too_many_params = The request has too many parameters.
error_name_missing = Please give the conference a name.
error_name_too_long = The name may have at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
error_name_invalid = The name may not contain control characters such as line breaks.
error_date_missing = Please choose a date.
error_date_invalid = The date must be a real date, written as YYYY-MM-DD.
error_time_missing = Please choose a time.
error_time_invalid = The time must be written as HH:MM, from 00:00 to 23:59.
error_tz_invalid = “{ $tz }” is not a known time zone.
error_repeat_invalid = Please choose one of the offered repetitions.
error_repeat_start = This repetition does not fit the start date: “every weekday” must start on a weekday from Monday to Friday, “the last such weekday” on the last one of its month (say, the last Friday).
error_count_invalid = The number of meetings must be a whole number from 1 to { $max }.
error_time_nonexistent = { $time } does not exist in { $tz }: the clocks skip that hour. Please choose another time.
error_start_past = The start lies in the past. Please choose a later time.
error_start_far = Conferences can be booked at most { $years ->
        [one] { $years } year
       *[other] { $years } years
    } ahead.
error_id_missing = The invite id is missing.
error_too_many_bookings = Too many bookings from your network in this hour. Please try again later.
error_cross_site = This form came from another website, so it was not carried out. Please use Planado's own pages directly.
error_action_invalid = Unknown action.
error_body_incomplete = The request body ended before its announced length.

admin_title = Manage your conference
label_next = Next meeting
label_progress = Meetings
label_upcoming = The series from now on
label_current = current
progress_text = meeting { $n } of { $count }
enter_title = Enter now
enter_text = As the organiser you may open the room at any time, also before the start.
button_enter_now = Enter the room now
change_title = Change date and time
change_text = The invite link stays the same: everyone you invited keeps a valid link. A changed series starts again at the new date.
field_tz = Time zone
button_save = Save changes
cancel_title = Cancel the conference
cancel_text = The invite link stops working for everyone. This cannot be undone.
button_cancel = Cancel the conference…
confirm_title = Cancel the conference?
confirm_question = Do you really want to cancel this conference? The invite link stops working for everyone.
button_cancel_confirm = Yes, cancel it
button_keep = No, keep it
cancelled_title = Cancelled
cancelled_text = The conference is cancelled. Its links no longer work.
changed_notice = Your changes are saved.
calendar_summary_default = Video conference
calendar_description = Join the video conference: { $invite }
add_to_calendar = Add to calendar (.ics)

legacy_key_renewed = This conference was taken over from the previous Planado, whose admin links invitees could work out. Its old admin link no longer works. Keep the new one below: it is the only way to change or cancel the conference.
label_new_admin = Your new admin link
open_new_admin = Open the new admin link
error_changed_meanwhile = Someone changed this conference while you were editing it, so your changes were not saved. Open the admin link again to see the current state, then make your changes once more.
error_sequence_invalid = The form is damaged (its version number is not a number). Open the admin link again.
public_jitsi_organiser = Your rooms are on the public meet.jit.si, which opens a room only once a moderator has joined and signed in there (with a Google, GitHub or Facebook account). Join first at the start and sign in when meet.jit.si asks; until then your guests see that the meeting is waiting for the host.
public_jitsi_guest = This conference is on the public meet.jit.si: its room opens once the organiser has joined and signed in. If meet.jit.si says that it is waiting for the host, keep that page open; it lets you in when the organiser arrives.

## The room's door (lobby, password, participant limit)
door_title = Who gets in
field_lobby = Guests wait in the lobby until a moderator lets them in
field_lobby_hint = A moderator admits them; with room tokens, that is whoever enters with your organiser's link.
field_password = Room password
field_password_hint = Optional. Shown to you only, unless you put it in the invitation.
field_max_participants = Maximum participants
field_max_participants_hint = Optional: no more people than this in the room.
field_password_in_invitation = Put the password in the invitation and the calendar entry
door_needs_jitsi = A lobby, a room password and a participant limit need a Jitsi that asks this Planado before it opens a room (its reservation backend); this installation has none.
label_door = Who gets in
door_lobby_on = Guests wait in the lobby until a moderator lets them in.
door_password_private = Room password: { $password } (not in the invitation: tell it to your guests yourself)
door_password_shared = Room password: { $password } (in the invitation)
door_max_on = At most { $max ->
        [one] { $max } participant
       *[other] { $max } participants
    }.
door_lobby_guest = The organiser lets you in from the lobby.
door_password_guest = Room password: { $password }
error_door_needs_jitsi = A lobby, a room password or a participant limit needs a Jitsi that asks this Planado before it opens a room; this installation has none (reservations_api_token is not set).
error_flag_invalid = { $field } is true or false.
error_password_invalid = The room password has 1 to { $max ->
        [one] { $max } character
       *[other] { $max } characters
    } and no control characters.
error_max_participants_invalid = The maximum of participants is a whole number from { $min } to { $max }.

## Calendars that follow the meeting: the subscription and a series' exceptions.
subscribe_title = Subscribe in your calendar
subscribe_text = A subscribed calendar looks at the meeting again by itself and follows every change: a new time, a skipped or moved meeting, a cancellation.
subscribe_or_download = Subscribe, and your calendar follows every change of the meeting; download, and it keeps the meeting as it is now.
subscribe_webcal = Subscribe (calendar program)
subscribe_google = Subscribe in Google Calendar
subscribe_outlook = Subscribe in Outlook on the web
subscribe_address = The calendar's address, to subscribe by hand
subscribe_named_text = With the conference name in the calendar entry: the calendar provider (Google, Microsoft, your own server) will see the name, since it is then part of the address.
subscribe_named_webcal = Subscribe with the name (calendar program)
subscribe_named_google = Subscribe with the name in Google Calendar
subscribe_named_outlook = Subscribe with the name in Outlook on the web
subscribe_name_note = The subscribed entry is called “Video conference”: a calendar server fetches the feed itself and never sees the name in your link. A feed address with the name (name=…) shows it, but then the calendar provider will see the name.
subscribe_refresh_note = Some calendars look again only once a day, and many drop the reminder of a subscribed calendar. This page always shows the meeting as it is.
calendar_cancelled = This meeting was cancelled.
occurrences_text = Skip a meeting (a holiday) or move one; the links stay the same and subscribed calendars follow.
label_skipped = skipped
label_moved_from = moved from { $time }
button_skip = Skip
button_move = Move
button_move_save = Move this meeting
button_restore = Restore
error_feed_invalid = The parameter feed must be 1 or left out.
error_occurrence_missing = Please name the occurrence (its start, as in 2026-03-19T09:00:00Z).
error_occurrence_invalid = The occurrence must be its start in RFC 3339, as in 2026-03-19T09:00:00Z.
error_occurrence_unknown = This meeting has no occurrence at that time.
error_exception_one_off = A single meeting has no occurrences to skip or move: change its date instead.
error_exception_past = Only a meeting that has not begun can be skipped or moved, and only to a time still to come.
error_exception_none = This occurrence is neither skipped nor moved.
error_exception_last = This is the last meeting left: cancel the meeting instead of skipping it.
error_exception_order = A moved meeting must stay after the one before it and before the one after it, at another time than both.
error_exceptions_too_many = A meeting can have at most { $max ->
        [one] { $max } skipped or moved occurrence
       *[other] { $max } skipped or moved occurrences
    }.


## Languages and accessibility
language_menu_label = Language
skip_link = Skip to the content
error_summary = The form was not sent: please correct the field marked below.
waiting_stop_reload = Stop reloading this page
waiting_reload_stopped = This page no longer reloads itself. Check again at the start, or open the invite link then.
button_check_again = Check again
field_auto_enter = Enter the room automatically when it opens
waiting_room_open = The room is open.
countdown_announce = { $minutes ->
        [one] The room opens in { $minutes } minute.
       *[other] The room opens in { $minutes } minutes.
    }
countdown_entering = The room is open: entering now.
accessibility_link = Accessibility
accessibility_title = Accessibility statement
accessibility_intro = Planado wants every visitor to be able to book a conference, wait for it and enter it: with a keyboard alone, with a screen reader, on a small screen or with large text, and in their own language.
accessibility_standard = Planado aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, on which the European standard EN 301 549, the French RGAA and the German BITV build.
accessibility_tested_title = How it was tested
accessibility_tested = Every release is tested automatically: axe-core checks every page in every state (the booking form empty and with errors, the confirmation, the waiting page before and at the opening and without JavaScript, the entry page, the organiser's page after each action, the error pages) in English, German and Arabic, at a phone's and a desktop's width, against the WCAG 2.0, 2.1 and 2.2 rules of levels A and AA. A browser test books, copies the invitation, changes and cancels a conference with the keyboard alone. Text at 200 % and a window 320 pixels wide must reflow without loss.
accessibility_pages = Every page works without JavaScript. The countdown speaks to a screen reader only at moments that matter (10, 5 and 1 minute before the opening, and when the room opens); nothing moves when the system asks for reduced motion; and the waiting page that reloads itself can be stopped.
accessibility_limits_title = Known limits
accessibility_limits = The conference itself takes place in Jitsi Meet, which is not part of Planado: its own accessibility applies there. Automatic tests find many barriers, not all of them; the calendar programs that show a subscribed meeting are outside Planado too.
accessibility_report_title = Report a barrier
accessibility_report_contact = If something on these pages keeps you from using them, write to { $contact }. Say which page and what happened; you will get an answer, and the barrier will be removed or an alternative offered.
accessibility_report_operator = If something on these pages keeps you from using them, tell the operator of this site, who runs this Planado. Say which page and what happened.
