//! What a host can ask for in the URL (the iframe's `src`) or in the script embed's attributes:
//! the flags, read without ever panicking, anything malformed ignored. Pure: no browser types.

use super::messages::origin_of;
use crate::markup::is_slug;
use crate::url::percent_decode;

/// The colour scheme a host asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Dark {
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    On,
    Off,
}

/// What a host can ask for, from the page's query string (the iframe's `src`) or from the
/// script embed's `data-*` attributes. Anything malformed is ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Flags {
    /// `?embed`: behave as embedded even when not framed (a host that proxies the page).
    pub embed: bool,
    /// `?dark=on|off|auto`.
    pub dark: Dark,
    /// `?flat`: the story as a flat column, each graphic after its step.
    pub flat: bool,
    /// `?step={step id}`: open the story at that step (a step the page does not have is
    /// ignored when the story starts).
    pub step: Option<String>,
    /// `childId`, which pym.js adds to the iframe's URL; it names us in pym messages.
    pub child_id: Option<String>,
    /// The origin of `parentUrl`, which pym.js adds: the only origin whose messages we accept.
    pub parent_origin: Option<String>,
}

/// A switch is on when present with no value or with a value other than `0`, `false`, `off`.
fn switch(value: &str) -> bool {
    !matches!(value, "0" | "false" | "off" | "no")
}

/// Reads the flags from a query string, with or without its `?`. Never panics.
pub fn parse_flags(query: &str) -> Flags {
    let mut flags = Flags::default();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(value) = percent_decode(value) else {
            continue;
        };
        match key {
            "embed" => flags.embed = switch(&value),
            "flat" => flags.flat = switch(&value),
            "dark" => {
                flags.dark = match value.as_str() {
                    "on" => Dark::On,
                    "off" => Dark::Off,
                    _ => Dark::Auto,
                }
            }
            "step" => flags.step = (value.len() <= 64 && is_slug(&value)).then_some(value),
            "childId" if is_child_id(&value) => flags.child_id = Some(value),
            "parentUrl" => flags.parent_origin = origin_of(&value),
            _ => {}
        }
    }
    flags
}

/// pym.js ids are element ids: short, and nothing that could break the message's delimiters.
pub(crate) fn is_child_id(id: &str) -> bool {
    id.len() <= 64 && is_slug(id) && !id.contains("xPYMx")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_read_from_the_query_and_ignore_what_they_do_not_know() {
        let step = "story-budgets";
        let flags = parse_flags(&format!(
            "?embed&dark=on&flat=1&step={step}&childId=ilrs-1&parentUrl=https%3A%2F%2FNews.example%3A443%2Fa%3Fb&q=moon"
        ));
        assert_eq!(
            flags,
            Flags {
                embed: true,
                dark: Dark::On,
                flat: true,
                step: Some(step.into()),
                child_id: Some("ilrs-1".into()),
                parent_origin: Some("https://news.example".into()),
            }
        );
        let odd =
            parse_flags("?dark=purple&step=%3Cimg%3E&childId=a%3Cb&embed=0&parentUrl=javascript:x");
        assert_eq!(odd, Flags::default());
        assert_eq!(parse_flags("?childId=xPYMxheight").child_id, None);
        assert_eq!(parse_flags("?dark=off").dark, Dark::Off);
    }
}
