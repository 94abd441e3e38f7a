//! The dataset, validated and baked by `build.rs` from `data/`.

use crate::model::{Date, Hero, Source};

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The source with this id. Ids are checked at build time, so a miss is a programming error.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_five_articles_are_sources() {
        assert_eq!(SOURCES.len(), 5);
        let files: Vec<&str> = SOURCES.iter().map(|s| s.file).collect();
        for n in 0..5 {
            assert!(files.iter().any(|f| f.starts_with(&format!("00{n}_"))));
        }
    }

    #[test]
    fn what_the_texts_do_not_state_stays_not_stated() {
        let nbc = source("nbc-news").unwrap();
        assert_eq!(nbc.outlet, Some("NBC News"));
        assert_eq!(nbc.published, None);
        assert_eq!(source("agencies-declared-tuesday").unwrap().headline, None);
        assert_eq!(
            source("bbc-chinese").unwrap().published,
            Some(Date::day(2021, 3, 10))
        );
    }

    #[test]
    fn the_hero_cites_every_source() {
        assert_eq!(HERO.sources.len(), SOURCES.len());
        assert!(HERO.sources.iter().all(|id| source(id).is_some()));
    }
}
