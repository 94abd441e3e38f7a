//! The pure core: no browser types, everything testable natively.

pub mod embed;
pub mod explore;
pub mod graphics;
pub mod markup;
pub mod steps;
pub mod svg;
