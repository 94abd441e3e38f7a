//! Shared view parts: the pieces any feature's view may use, the way a component library keeps
//! its helpers apart from the pages that use them. They read the baked data and nothing of the
//! features, the static sections or the build.
//!
//! - `Section`: a titled, landmarked part of the page;
//! - `SourceLinks`, `Tags`, `DateTag`: a record's sources, what it concerns, its date;
//! - `EvidenceDisclosure`, `Passages`: a record's passages, behind a disclosure that links to the
//!   record's own page, and as that page (and the fragment beside it) shows them;
//! - `passages`: the one other part that runs in the browser: opening a disclosure fetches its
//!   passages;
//! - `Corrected`: the "Corrected on …" line of a record the corrections log touches, and
//!   `CorrectionEntries`, every entry touching some records;
//! - `RecordName`: a record's name in a link, a quotation's by who said it and how it opens;
//! - `share_link`: "Copy link" and "Share…", the one part that also runs in the browser (the
//!   story's and the explorer's islands carry it);
//! - `Icon`: the few icons the controls carry beside their names.
//!
//! Their styles are the shared ones, in `style/base.css`.

#[cfg(feature = "ssr")]
mod corrected;
#[cfg(feature = "ssr")]
mod date;
#[cfg(feature = "ssr")]
mod evidence;
#[cfg(feature = "ssr")]
mod icon;
pub mod passages;
#[cfg(feature = "ssr")]
mod quotation_name;
#[cfg(feature = "ssr")]
mod section;
pub mod share_link;
#[cfg(feature = "ssr")]
mod source_links;
#[cfg(feature = "ssr")]
mod tags;

#[cfg(feature = "ssr")]
pub use corrected::{Corrected, CorrectionEntries};
#[cfg(feature = "ssr")]
pub use date::{DateTag, LooseDate};
#[cfg(feature = "ssr")]
pub use evidence::{
    EvidenceDisclosure, PASSAGES_FRAGMENT, Passages, account_fragment, fragment_anchor,
};
#[cfg(feature = "ssr")]
pub use icon::{Icon, Shape};
#[cfg(feature = "ssr")]
pub use quotation_name::RecordName;
#[cfg(feature = "ssr")]
pub use section::Section;
#[cfg(feature = "ssr")]
pub use share_link::ShareLink;
#[cfg(feature = "ssr")]
pub use source_links::SourceLinks;
#[cfg(feature = "ssr")]
pub use tags::Tags;
