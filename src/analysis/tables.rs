//! What the reference finder knows: one line per instrument, body or document series.
//!
//! Names are matched without regard to ASCII case, on word boundaries; the longest name wins
//! where two overlap. A new instrument or body is one more line here.

/// Something the text may name: a canonical identifier and the names it goes by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The canonical identifier, stable across documents (`untoc`, `unodc`).
    pub id: &'static str,
    /// The names the documents use for it, full names and abbreviations.
    pub names: &'static [&'static str],
    /// Words that, following a name, make it part of another name: `ILO` followed by
    /// ` Convention` names the convention, not the organization.
    pub not_followed_by: &'static [&'static str],
}

const fn entry(id: &'static str, names: &'static [&'static str]) -> Entry {
    Entry {
        id,
        names,
        not_followed_by: &[],
    }
}

/// Treaties and other instruments.
pub static INSTRUMENTS: &[Entry] = &[
    entry(
        "untoc",
        &[
            "United Nations Convention against Transnational Organized Crime",
            "UN Convention against Transnational Organized Crime",
            "UNTOC",
        ],
    ),
    entry(
        "trafficking_protocol",
        &[
            "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
            "Trafficking in Persons Protocol",
            "Trafficking Protocol",
        ],
    ),
    entry(
        "slavery_convention_1956",
        &[
            "Supplementary Convention on the Abolition of Slavery, the Slave Trade and Institutions and Practices Similar to Slavery",
        ],
    ),
    entry("crc", &["Convention on the Rights of the Child"]),
    entry(
        "crc_opsc",
        &["Optional Protocol on the Sale of Children, Child Prostitution and Child Pornography"],
    ),
    entry(
        "crc_opac",
        &[
            "Optional Protocol on the Involvement of Children in Armed Conflict",
            "Optional Protocol on Children in Armed Conflict",
        ],
    ),
    entry(
        "cedaw",
        &[
            "Convention on the Elimination of All Forms of Discrimination against Women",
            "Convention on the Elimination of All Forms of Discrimination against Woman",
            "CEDAW",
        ],
    ),
    entry(
        "uncac",
        &["United Nations Convention against Corruption", "UNCAC"],
    ),
];

/// Conventions known by a series and a number: `ILO Convention 29 and 182` names
/// `ilo_c029` and `ilo_c182`.
pub(crate) static NUMBERED_INSTRUMENTS: &[(&str, &str)] = &[("ILO Convention", "ilo_c")];

/// United Nations bodies, offices and mechanisms.
pub static BODIES: &[Entry] = &[
    entry(
        "unodc",
        &["United Nations Office on Drugs and Crime", "UNODC"],
    ),
    entry(
        "icat",
        &[
            "Inter-Agency Coordination Group against Trafficking in Persons",
            "ICAT",
        ],
    ),
    entry(
        "ohchr",
        &["Office of the High Commissioner for Human Rights", "OHCHR"],
    ),
    entry(
        "unicef",
        &[
            "United Nations Children's Fund",
            "United Nations Children\u{2019}s Fund",
            "UNICEF",
        ],
    ),
    Entry {
        id: "ilo",
        names: &[
            "International Labour Organization",
            "International Labor Organization",
            "ILO",
        ],
        not_followed_by: &[" Convention"],
    },
    entry("iom", &["International Organization for Migration", "IOM"]),
    entry(
        "un_gift",
        &["UN.GIFT", "Global Initiative to Fight Human Trafficking"],
    ),
    entry(
        "sr_trafficking",
        &["Special Rapporteur on Trafficking in Persons"],
    ),
    entry(
        "sr_slavery",
        &["Special Rapporteur on Contemporary Forms of Slavery"],
    ),
    entry(
        "sr_sale_of_children",
        &["Special Rapporteur on the Sale of Children"],
    ),
    entry(
        "sr_violence_against_women",
        &["Special Rapporteur on Violence against Women"],
    ),
    entry(
        "srsg_violence_against_children",
        &[
            "Special Representative of the Secretary-General on Violence against Children",
            "Special Representative to the Secretary-General on Violence against Children",
        ],
    ),
    entry(
        "srsg_sexual_violence_in_conflict",
        &["Special Representative on Sexual Violence in Conflict"],
    ),
];

/// The bodies whose resolutions and decisions the documents cite, with the names that stand
/// before a symbol (`General Assembly resolution 62/141`).
pub(crate) static DOCUMENT_BODIES: &[(crate::analysis::references::DocumentBody, &[&str])] = {
    use crate::analysis::references::DocumentBody::*;
    &[
        (GeneralAssembly, &["General Assembly", "GA"]),
        (
            EconomicAndSocialCouncil,
            &["Economic and Social Council", "ECOSOC"],
        ),
        (CommissionOnHumanRights, &["Commission on Human Rights"]),
        (HumanRightsCouncil, &["Human Rights Council"]),
        (SecurityCouncil, &["Security Council"]),
        (ConferenceOfTheParties, &["Conference of the Parties"]),
    ]
};
