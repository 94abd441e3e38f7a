//! Browser APIs, one hook per file, each cleaning up after itself. They run only in the browser
//! (inside effects), so the prerender never touches them.

mod use_active_step;
mod use_host_frame;
mod use_url_state;

pub use use_active_step::{UseActiveStepReturn, use_active_step};
pub use use_host_frame::use_host_frame;
pub use use_url_state::use_url_state;
