//! The embed's contract with host pages and tests, in one place: the browser entry and the
//! snippets take these names from here, and a test holds `embed.js` (a script of its own) to them.
//! Also what the explainer tells its host (`HostEvent`). Pure: no browser types.

/// The element id the page prerenders into.
pub const ROOT_ID: &str = "ilrs-explainer";
/// The custom element the script embed fills.
pub const EMBED_TAG: &str = "ilrs-explainer";
/// The attribute that marks any other element for the script embed.
pub const EMBED_ATTRIBUTE: &str = "data-ilrs-explainer";
/// The element embed.js puts in each shadow root, holding the prerendered fragment.
pub const EMBED_ROOT_CLASS: &str = "ilrs-embed-root";
/// Set on each live root (the page's and each embed's host) once it answers input.
pub const READY_ATTRIBUTE: &str = "data-ilrs-ready";
/// The flags a script embed reads from its element, as `{name}` or `data-{name}`.
pub const ELEMENT_FLAGS: [&str; 3] = ["dark", "flat", "step"];
/// On the element: start at once rather than when it nears the screen (or `data-eager`).
pub const EAGER_ATTRIBUTE: &str = "eager";
/// What the explainer tells its host, as `ilrs:{kind}` events on the element or, in a
/// frame, `{ source: "ilrs-explainer", type: kind, [field]: value }` messages to the parent.
pub const EVENT_PREFIX: &str = "ilrs:";

/// What the explainer tells the host page, for its own analytics; each names one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostEvent {
    /// The explainer answers input (no field).
    Ready,
    /// A story step became the active one (`step`: its id).
    Step,
    /// The explorer's filter changed (`filter`: the filter as a query string, empty for none).
    Filter,
    /// The reader opened a record: its passages, or a link to it (`record`: its id).
    Record,
}

impl HostEvent {
    /// The message's `type` and the event's name after `ilrs:`.
    pub fn kind(self) -> &'static str {
        match self {
            HostEvent::Ready => "ready",
            HostEvent::Step => "step",
            HostEvent::Filter => "filter",
            HostEvent::Record => "record",
        }
    }

    /// The one field the event carries, if any.
    pub fn field(self) -> Option<&'static str> {
        match self {
            HostEvent::Ready => None,
            HostEvent::Step => Some("step"),
            HostEvent::Filter => Some("filter"),
            HostEvent::Record => Some("record"),
        }
    }
}
