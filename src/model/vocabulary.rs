//! The closed vocabularies of the dataset: each is an enum the build refuses any other value of,
//! matched exhaustively by the code that uses it.

/// A closed vocabulary: the build refuses any other value, naming the ones it accepts.
pub trait Vocabulary: Sized + Copy + 'static {
    /// Every value, in the order readers see them.
    const ALL: &'static [Self];
    /// The value as written in `data/` and in URLs.
    fn as_str(self) -> &'static str;
    /// The value as a reader sees it.
    fn label(self) -> &'static str;

    fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == text)
    }
}

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $text:literal / $label:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl Vocabulary for $name {
            const ALL: &'static [Self] = &[$(Self::$variant),+];
            fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text),+ }
            }
            fn label(self) -> &'static str {
                match self { $(Self::$variant => $label),+ }
            }
        }
    };
}

vocabulary! {
    /// What kind of actor a record names.
    ActorKind {
        Country = "country" / "Countries",
        Agency = "agency" / "Space agencies",
        Government = "government" / "Governments and their organs",
        Person = "person" / "People",
        Media = "media" / "Media",
        Alliance = "alliance" / "Alliances",
    }
}

vocabulary! {
    /// A member's standing in a coalition as of March 2021.
    Status {
        Founding = "founding" / "Founding member",
        Member = "member" / "Member",
        Invited = "invited" / "Invited",
        Declined = "declined" / "Declined",
        Considering = "considering" / "Considering",
    }
}

vocabulary! {
    /// The two sides of the comparison.
    Side {
        Ilrs = "ilrs" / "ILRS (China and Russia)",
        Artemis = "artemis" / "Artemis and the Gateway (US-led)",
    }
}

vocabulary! {
    /// The story's sticky graphics.
    GraphicKind {
        Coalitions = "coalitions" / "The coalitions and their members",
        Timeline = "timeline" / "Events on both sides, 2011 to 2031",
        Moon = "moon" / "Where each would build",
        Budgets = "budgets" / "Space budgets ranked",
    }
}

vocabulary! {
    /// What the coalition graphic brings forward.
    CoalitionsState {
        All = "all" / "every coalition",
        Ilrs = "ilrs" / "the ILRS",
        Artemis = "artemis" / "the US-led coalitions",
        Russia = "russia" / "where Russia stands",
        Iss = "iss" / "the ISS",
        Counts = "counts" / "the station's name and the Accords' counts",
    }
}

vocabulary! {
    /// Which events the timeline brings forward.
    TimelineState {
        All = "all" / "every event",
        Signing = "signing" / "the agreement",
        Drift = "drift" / "Russia and the US drifting apart",
        Airlock = "airlock" / "the Gateway airlock",
        Ties = "ties" / "China and Russia drawing closer",
        Framework = "framework" / "the 2018 framework",
        Missions = "missions" / "missions and capabilities",
        Military = "military" / "military questions",
        Diplomacy = "diplomacy" / "diplomacy",
        Planned = "planned" / "what is planned",
    }
}

vocabulary! {
    /// What the Moon diagram brings forward.
    MoonState {
        Overview = "overview" / "both plans",
        Gateway = "gateway" / "the Gateway",
        Ilrs = "ilrs" / "the ILRS",
        IssScale = "iss-scale" / "the ISS, for comparison",
        Disputed = "disputed" / "where the ILRS would be",
    }
}

vocabulary! {
    /// What the budget ranks bring forward.
    BudgetsState {
        Ranking = "ranking" / "the whole ranking",
        Partners = "partners" / "the ILRS partners",
    }
}

vocabulary! {
    /// The kinds of record a story step may draw on: each has a place on the page to link to
    /// and sources to cite. The build resolves each step's records to one of these once; the
    /// citations and the link names follow from the kind.
    DrawnOn {
        Event = "event" / "an event",
        Quotation = "quotation" / "a quotation",
        Figure = "figure" / "a figure",
        Coalition = "coalition" / "a coalition",
        Dimension = "dimension" / "a comparison row",
        Discrepancy = "discrepancy" / "a disagreement",
    }
}

vocabulary! {
    /// What an entry of the corrections log does to a published claim, as newspapers name it.
    CorrectionKind {
        Correction = "correction" / "Correction",
        Clarification = "clarification" / "Clarification",
        Update = "update" / "Update",
        CopyEdit = "copy edit" / "Copy edit",
    }
}

vocabulary! {
    /// The second reader's checklist: the faults a record is read for, against its passages and
    /// the articles. A reading lists the items it worked through; one that leaves any out does
    /// not count.
    Check {
        Wrong = "wrong" / "says what the reports contradict",
        Unsupported = "unsupported" / "says what no passage of it supports",
        Hedge = "hedge" / "drops a hedge or a qualifier (\"is perceived\", \"possibility\", \"military\")",
        Attribution = "attribution" / "turns what someone says into fact (\"X says\" lost)",
        Outside = "outside" / "adds knowledge from outside the five reports, even if true",
        Precision = "precision" / "is more precise than the reports (a date, a number, \"first\", \"many\")",
        Merged = "merged" / "merges two things the reports keep apart (an invitation to Artemis is not the Accords)",
        Emphasis = "emphasis" / "gives emphasis the reports do not",
        Copied = "copied" / "copies an article's words outside a quotation",
        Disagreement = "disagreement" / "misses a disagreement between the reports",
    }
}

impl CorrectionKind {
    /// Whether readers are shown an entry of this kind: a copy edit changes how a claim is put,
    /// not what it says, and is kept in the data and its downloads only.
    pub fn shown(self) -> bool {
        self != CorrectionKind::CopyEdit
    }
}

/// A graphic in one of its states: what a story step shows. Each graphic's states are a closed
/// set of its own, so drawing code matches them exhaustively.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphicState {
    Coalitions(CoalitionsState),
    Timeline(TimelineState),
    Moon(MoonState),
    Budgets(BudgetsState),
}

impl GraphicState {
    pub fn kind(self) -> GraphicKind {
        match self {
            Self::Coalitions(_) => GraphicKind::Coalitions,
            Self::Timeline(_) => GraphicKind::Timeline,
            Self::Moon(_) => GraphicKind::Moon,
            Self::Budgets(_) => GraphicKind::Budgets,
        }
    }

    /// The state's name, as written in `data/story.toml` and in `data-state`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Coalitions(s) => s.as_str(),
            Self::Timeline(s) => s.as_str(),
            Self::Moon(s) => s.as_str(),
            Self::Budgets(s) => s.as_str(),
        }
    }

    /// A state of `kind` by its name; `None` for a name that graphic does not have.
    pub fn parse(kind: GraphicKind, state: &str) -> Option<Self> {
        match kind {
            GraphicKind::Coalitions => CoalitionsState::parse(state).map(Self::Coalitions),
            GraphicKind::Timeline => TimelineState::parse(state).map(Self::Timeline),
            GraphicKind::Moon => MoonState::parse(state).map(Self::Moon),
            GraphicKind::Budgets => BudgetsState::parse(state).map(Self::Budgets),
        }
    }

    /// Every state of a graphic, in order; the first is where it waits before any step uses it.
    pub fn all(kind: GraphicKind) -> Vec<Self> {
        match kind {
            GraphicKind::Coalitions => CoalitionsState::ALL
                .iter()
                .map(|s| Self::Coalitions(*s))
                .collect(),
            GraphicKind::Timeline => TimelineState::ALL
                .iter()
                .map(|s| Self::Timeline(*s))
                .collect(),
            GraphicKind::Moon => MoonState::ALL.iter().map(|s| Self::Moon(*s)).collect(),
            GraphicKind::Budgets => BudgetsState::ALL
                .iter()
                .map(|s| Self::Budgets(*s))
                .collect(),
        }
    }
}

impl GraphicKind {
    /// The names of the states a story step may ask the graphic to show.
    pub fn states(self) -> Vec<&'static str> {
        GraphicState::all(self)
            .into_iter()
            .map(GraphicState::as_str)
            .collect()
    }
}
