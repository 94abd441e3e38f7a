//! Where the explainer runs, worked out once when it starts and given to the islands as context
//! (in islands mode the page's own components never run in the browser): on its own page, in a
//! host's iframe, or in a host's page through the script embed, and what the host asked for.

use leptos::prelude::*;

use super::flags::{Dark, Flags};
use super::messages::HostViewport;

#[derive(Clone, Debug)]
pub struct Place {
    /// The flags from the page's URL, or from the script embed's element, which a host may
    /// change while the embed runs.
    pub flags: RwSignal<Flags>,
    /// In a host's iframe (or forced with `?embed`).
    pub framed: bool,
    /// In a host's page through the script embed: the host's URL is not ours to change.
    pub script: bool,
    /// The host's viewport, once a pym.js host sends it (framed only).
    pub viewport: ReadSignal<Option<HostViewport>>,
}

impl Default for Place {
    /// On its own page with no flags: what a component under test gets without a context.
    fn default() -> Self {
        Place {
            flags: RwSignal::new(Flags::default()),
            framed: false,
            script: false,
            viewport: signal(None).0,
        }
    }
}

impl Place {
    /// Whether the story may take its scrolling layout: not when flat, and in a frame only while
    /// the host sends its viewport (a sticky graphic cannot stick in a frame as tall as its
    /// content).
    pub fn scrolly(&self) -> bool {
        Place::scrolls(self.flags, self.framed, self.viewport)
    }

    /// [`Place::scrolly`] from its parts, for a closure that must be `Copy`.
    pub fn scrolls(
        flags: RwSignal<Flags>,
        framed: bool,
        viewport: ReadSignal<Option<HostViewport>>,
    ) -> bool {
        !flags.with(|f| f.flat) && (!framed || viewport.with(Option::is_some))
    }

    /// The classes the explainer's root takes for this place, as (class, on) pairs.
    pub fn root_classes(&self) -> [(&'static str, bool); 4] {
        let dark = self.flags.with_untracked(|f| f.dark);
        [
            ("ilrs--framed", self.framed),
            ("ilrs--script", self.script),
            ("ilrs--dark", dark == Dark::On),
            ("ilrs--light", dark == Dark::Off),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::flags::parse_flags;

    #[test]
    fn a_frame_scrolls_only_with_its_hosts_viewport_and_flat_never_does() {
        let page = Place::default();
        assert!(page.scrolly());
        let framed = Place {
            framed: true,
            ..Place::default()
        };
        assert!(!framed.scrolly());
        let hosted = Place {
            framed: true,
            viewport: signal(Some(HostViewport::default())).0,
            ..Place::default()
        };
        assert!(hosted.scrolly());
        let flat = Place {
            flags: RwSignal::new(parse_flags("flat")),
            ..Place::default()
        };
        assert!(!flat.scrolly());
        // A host that turns `flat` off lets the story scroll again.
        flat.flags.update(|f| f.flat = false);
        assert!(flat.scrolly());
    }

    #[test]
    fn the_root_classes_follow_the_flags() {
        let place = Place {
            flags: RwSignal::new(parse_flags("dark=on")),
            script: true,
            ..Place::default()
        };
        let on: Vec<&str> = place
            .root_classes()
            .iter()
            .filter(|(_, on)| *on)
            .map(|(c, _)| *c)
            .collect();
        assert_eq!(on, ["ilrs--script", "ilrs--dark"]);
    }
}
