//! The build's settings, from the environment: where the built site is served and who publishes
//! it. Everything that needs an absolute address (the canonical link, the cards in the tags,
//! oEmbed, the sitemap) is written only where the site's address is known.

/// The environment variable naming where the built site is served (`https://…/`).
pub const SITE_VARIABLE: &str = "ILRS_SITE_URL";
/// The environment variable naming the piece's author (a person), for the JSON-LD; without it
/// the publisher is the author.
pub const AUTHOR_VARIABLE: &str = "ILRS_AUTHOR";
/// The environment variable naming the publisher, for the card and the tags.
pub const PUBLISHER_VARIABLE: &str = "ILRS_PUBLISHER";

/// The name the piece goes by where no publisher is configured.
pub const PIECE: &str = "The ILRS explainer";

/// What the build knows of where the site lives and who publishes it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    /// The site's address, ending in `/`; without it nothing that needs an absolute URL is
    /// written (the card's address, the canonical link).
    pub site: Option<String>,
    pub publisher: Option<String>,
    /// The person who wrote the piece, where the build is told.
    pub author: Option<String>,
}

/// A setting's value, trimmed; `None` where it is unset or blank.
fn given(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

impl Settings {
    /// Reads the settings from the two variables' values. A site that is not an absolute http(s)
    /// address is refused, with the reason.
    pub fn new(site: Option<&str>, publisher: Option<&str>) -> Result<Settings, String> {
        let site = match site.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(url) => {
                let rest = url
                    .strip_prefix("https://")
                    .or_else(|| url.strip_prefix("http://"));
                let valid = rest.is_some_and(|rest| {
                    let host = rest.split('/').next().unwrap_or("");
                    !host.is_empty() && !url.contains(['?', '#', '"', '<', '>', ' ', '\''])
                });
                if !valid {
                    return Err(format!(
                        "{SITE_VARIABLE} must be the site's absolute address, such as \
                         https://news.example/ilrs/ (got {url:?})"
                    ));
                }
                Some(if url.ends_with('/') {
                    url.to_string()
                } else {
                    format!("{url}/")
                })
            }
        };
        Ok(Settings {
            site,
            publisher: given(publisher),
            author: None,
        })
    }

    /// The settings from the environment, and the one-line warning to print when the site's
    /// address is missing.
    pub fn from_env() -> Result<(Settings, Option<String>), String> {
        let site = std::env::var(SITE_VARIABLE).ok();
        let publisher = std::env::var(PUBLISHER_VARIABLE).ok();
        let mut settings = Settings::new(site.as_deref(), publisher.as_deref())?;
        settings.author = given(std::env::var(AUTHOR_VARIABLE).ok().as_deref());
        let warning = settings.site.is_none().then(|| {
            format!(
                "{SITE_VARIABLE} is not set: the built site has no canonical link, share-card images \
                 in its tags, oEmbed document or sitemap (they need absolute addresses); set it to \
                 where the site is served"
            )
        });
        Ok((settings, warning))
    }

    /// Who publishes the piece, by name: the configured publisher, else the piece's own name.
    pub fn publisher_name(&self) -> &str {
        self.publisher.as_deref().unwrap_or(PIECE)
    }

    /// The site's origin (`https://news.example/`), the publisher's address, if known.
    pub fn origin(&self) -> Option<String> {
        let site = self.site.as_ref()?;
        let scheme_end = site.find("://")? + 3;
        let host_end = site[scheme_end..]
            .find('/')
            .map_or(site.len(), |i| scheme_end + i);
        Some(format!("{}/", &site[..host_end]))
    }

    /// `path` (relative to the site) as an absolute address, if the site's address is known.
    pub fn absolute(&self, path: &str) -> Option<String> {
        self.site.as_ref().map(|site| format!("{site}{path}"))
    }

    /// The line under the card's drawing.
    pub fn publisher_line(&self) -> String {
        match &self.publisher {
            Some(publisher) => format!("{publisher} · {PIECE}"),
            None => PIECE.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::snippets::SHARE_CARD;

    #[test]
    fn the_site_address_must_be_absolute_and_ends_in_a_slash() {
        let s = Settings::new(Some("https://news.example/ilrs"), Some(" The Paper ")).unwrap();
        assert_eq!(s.site.as_deref(), Some("https://news.example/ilrs/"));
        assert_eq!(s.publisher.as_deref(), Some("The Paper"));
        assert_eq!(s.origin().as_deref(), Some("https://news.example/"));
        assert_eq!(Settings::default().origin(), None);
        assert_eq!(
            s.absolute(SHARE_CARD).as_deref(),
            Some("https://news.example/ilrs/cards/share.png")
        );
        assert_eq!(Settings::new(None, None).unwrap(), Settings::default());
        assert_eq!(
            Settings::new(Some("  "), Some("")).unwrap(),
            Settings::default()
        );
        for bad in [
            "news.example",
            "ftp://news.example/",
            "https://",
            "https://a.b/?x=1",
            "https://a.b/\"><script>",
        ] {
            let error = Settings::new(Some(bad), None).unwrap_err();
            assert!(error.starts_with(SITE_VARIABLE), "{error}");
        }
    }
}
