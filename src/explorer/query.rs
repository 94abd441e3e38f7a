//! The explorer's filter in the page's query string: read and written as plain text, every
//! parameter the explorer does not own left as it was.

use super::filter::{Facet, Filter};
use crate::url::{percent_decode, percent_encode};

/// The URL parameters the explorer owns; any other parameter in the query is left alone.
pub const PARAMS: [&str; 8] = [
    "coalition",
    "actor",
    "theme",
    "source",
    "kind",
    "from",
    "to",
    "q",
];

/// Whether a query string (with or without its `?`) names any of the explorer's parameters, with
/// or without a value that parses: a link to a filtered view.
pub fn names_a_filter(query: &str) -> bool {
    query
        .trim_start_matches('?')
        .split('&')
        .any(|pair| PARAMS.contains(&pair.split_once('=').map_or(pair, |(key, _)| key)))
}

/// Longest search kept, in the URL and in the search box.
pub const QUERY_LIMIT: usize = 200;

/// Reads the explorer's state from a query string (with or without its `?`). Unknown parameters
/// and malformed values (bad percent-encoding, a year that is not a year, an id that names no
/// value) are skipped and listed; the rest still applies. Never panics, whatever the bytes.
pub fn parse_query(query: &str, known: &dyn Fn(Facet, &str) -> bool) -> (Filter, Vec<String>) {
    let mut filter = Filter::default();
    let mut skipped = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(key), Some(value)) = (percent_decode(raw_key), percent_decode(raw_value)) else {
            skipped.push(truncate(pair));
            continue;
        };
        if let Some(facet) = Facet::parse(&key) {
            for item in value.split(',').filter(|v| !v.is_empty()) {
                if known(facet, item) {
                    filter.selected_mut(facet).insert(item.to_string());
                } else {
                    skipped.push(truncate(pair));
                }
            }
        } else if key == "from" || key == "to" {
            match value.parse::<u16>() {
                Ok(year) if (1900..=2100).contains(&year) => {
                    if key == "from" {
                        filter.from = Some(year)
                    } else {
                        filter.to = Some(year)
                    }
                }
                _ => skipped.push(truncate(pair)),
            }
        } else if key == "q" {
            filter.query = value.chars().take(QUERY_LIMIT).collect();
        }
        // Parameters the explorer does not own belong to the page around it: not ours to judge.
    }
    (filter, skipped)
}

/// Writes the filter into `existing` (a query string, with or without `?`): the explorer's own
/// parameters are replaced, every other parameter is kept as it was, in its place.
pub fn write_query(filter: &Filter, existing: &str) -> String {
    let mut parts: Vec<String> = existing
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| {
            let key = p.split_once('=').map_or(*p, |(k, _)| k);
            !PARAMS.contains(&percent_decode(key).unwrap_or_default().as_str())
        })
        .map(str::to_string)
        .collect();
    for facet in Facet::ALL {
        let values = filter.selected(facet);
        if !values.is_empty() {
            let joined: Vec<String> = values.iter().map(|v| percent_encode(v)).collect();
            parts.push(format!("{}={}", facet.as_str(), joined.join(",")));
        }
    }
    if let Some(from) = filter.from {
        parts.push(format!("from={from}"));
    }
    if let Some(to) = filter.to {
        parts.push(format!("to={to}"));
    }
    if !filter.query.is_empty() {
        parts.push(format!("q={}", percent_encode(&filter.query)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

fn truncate(text: &str) -> String {
    text.chars().take(60).collect()
}
