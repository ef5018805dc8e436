"""The demo's sponsor concerns: what each sponsor raised, and how the CDMO handled it.

Each concern is raised on a day of the story (days from the reference date) at a time of
the raiser's own day, in the raiser's time zone: a Tokyo sponsor writes in its afternoon,
which is the Visp morning; a New York one on Friday afternoon, which is Friday night at
the site. Every later step is counted in the working time of the site that serves the
concern (its service hours, less its holidays), the way its SLA clocks count: "two
working hours after it was raised" is a moment the site is open, whatever the week the
demo is loaded in, and a step meant to be in time (or late) is so on every load.
"""

from __future__ import annotations

from dataclasses import dataclass

ACKNOWLEDGE = "acknowledge"
NOTE = "note"
CONTACT = "contact"
UPDATE = "update"
WAIT = "wait"
RESUME = "resume"
RESOLVE = "resolve"
CONFIRM = "confirm"
REOPEN = "reopen"


@dataclass(frozen=True)
class Step:
    hours: float  # working hours of the site after the concern was raised
    action: str
    actor: str  # username
    text: str
    how: str = ""  # of a first contact: call, meeting or written
    more: str = ""  # a first contact's containment, a resolution's root cause


@dataclass(frozen=True)
class ConcernSpec:
    sponsor: str  # short name
    project: str  # project code
    title: str
    description: str
    category: str
    urgency: str
    raised_by: str  # username: a sponsor user (portal) or staff recording it
    raised_on: int  # days from the reference date
    raised_at: str  # HH:MM in the raiser's time zone
    zone: str = "Europe/Zurich"
    interaction: str = ""  # subject of the conversation it was raised in
    steps: tuple[Step, ...] = ()


TOKYO, NEW_YORK, LONDON = "Asia/Tokyo", "America/New_York", "Europe/London"
PARIS, BERLIN, STOCKHOLM = "Europe/Paris", "Europe/Berlin", "Europe/Stockholm"

CONCERNS: tuple[ConcernSpec, ...] = (
    # Critical and answered within the day: closed, confirmed by the sponsor.
    ConcernSpec(
        "Hoshizora",
        "HSZ-1120-SSQ",
        "CoA for validation batch 3 (lot 1120-V03) missing residual solvent results",
        "The certificate of analysis that came with lot 1120-V03 lists assay, related "
        "substances and water, but the residual solvents line (toluene, methanol, THF, "
        "heptane) is empty. Our QA cannot release the lot for the samples of the Japanese "
        "variation without it, and the samples leave for PMDA on Friday.",
        "quality",
        "critical",
        "hoshizora.quality",
        -76,
        "16:10",
        TOKYO,
        steps=(
            Step(
                0.4,
                ACKNOWLEDGE,
                "pm.alice",
                "Mori-san, thank you for telling us at once. I own this concern and have "
                "asked Quinn Fischer, our head of QA, to check the GC results now. You will "
                "have her written answer within two hours.",
            ),
            Step(
                2.5,
                CONTACT,
                "qa.quinn",
                "Wrote to Mori-san with the GC headspace results of lot 1120-V03 from the "
                "LIMS: all four residual solvents within specification (toluene 210 ppm "
                "against 890 ppm). The results were approved on time; the CoA template of "
                "the validation batches had no residual solvents line.",
                "written",
                "A signed interim data sheet with the residual solvent results sent so "
                "Hoshizora QA can go ahead; the CoAs of validation batches 1 and 2 checked: "
                "both complete.",
            ),
            Step(
                6,
                UPDATE,
                "qa.quinn",
                "The corrected CoA (revision 1, with residual solvents) is with our QP for "
                "signature; it will be with you before your morning.",
            ),
            Step(
                9,
                RESOLVE,
                "qa.quinn",
                "CoA revision 1 for lot 1120-V03 issued with the residual solvent results "
                "and the QP's statement, and sent to Hoshizora QA; the interim data sheet "
                "is withdrawn.",
                more="The CoA template of the validation batches was copied from the "
                "development template, which reports residual solvents on a separate sheet. "
                "Template corrected under change control; batch release now checks the CoA "
                "line by line against the specification.",
            ),
            Step(
                17,
                CONFIRM,
                "hoshizora.quality",
                "Revision 1 received and accepted by our QA; the PMDA samples shipped on "
                "time. Thank you for the fast answer.",
            ),
        ),
    ),
    # Resolved, never answered: the clock sweep closes it after the confirmation window.
    ConcernSpec(
        "Hoshizora",
        "HSZ-0904-DS",
        "Weekly report in English only: our Tokyo team needs a Japanese summary",
        "The weekly HSZ-0904 report is detailed and useful, but our manufacturing and "
        "regulatory colleagues in Tokyo read it through machine translation, and twice the "
        "decisions it asks of us were misunderstood. Could each report carry a short "
        "Japanese summary of the decisions and dates?",
        "communication",
        "low",
        "hoshizora.contact",
        -48,
        "16:20",
        TOKYO,
        steps=(
            Step(
                3,
                ACKNOWLEDGE,
                "priya.raman",
                "Saito-san, thank you, and I am sorry the decisions were misread: that is "
                "on us. I own this concern and will come back to you with a proposal today.",
            ),
            Step(
                7,
                CONTACT,
                "priya.raman",
                "Proposed a one-page Japanese summary at the top of each weekly report "
                "(decisions needed, dates, open risks), prepared by our Tokyo liaison and "
                "checked by Saito-san's team for the first two issues.",
                "written",
                "This week's report re-sent with a Japanese summary of the two decisions it "
                "asks for (media lot release, comparability sample dates).",
            ),
            Step(
                26,
                RESOLVE,
                "priya.raman",
                "From this week every HSZ-0904 weekly report opens with a one-page Japanese "
                "summary of decisions, dates and risks, in the format agreed with Saito-san; "
                "the first issue went out today.",
                more="The report format was agreed with the sponsor's project lead only; its "
                "readers in Tokyo were never asked.",
            ),
        ),
    ),
    # Recorded by the account lead after a call; closed, confirmed.
    ConcernSpec(
        "Quillon",
        "QLN-450-OLI",
        "Shared project tracker not updated for three weeks",
        "On the monthly call Erik Holm said the shared QLN-450 tracker still shows the plan "
        "of the kick-off: the synthesis runs of the last three weeks and the new "
        "purification date are not in it, and Quillon's management reads the tracker, not "
        "our e-mails. He asked for it to be brought up to date and kept so, every two weeks "
        "as agreed.",
        "communication",
        "medium",
        "bd.ben",
        -42,
        "11:30",
        steps=(
            Step(
                0.5,
                ACKNOWLEDGE,
                "pm.alice",
                "Erik, Ben told me about the tracker. You are right, it is three weeks "
                "behind, and that is mine to fix. I am updating it today and will call you "
                "to walk through it.",
            ),
            Step(
                3,
                CONTACT,
                "pm.alice",
                "Walked Erik through the updated tracker: results of runs 1 to 3, the "
                "purification date one week later, the open question on the amidite supply.",
                "call",
                "Tracker brought up to date the same day with the current plan, the results "
                "of runs 1 to 3 and the open actions.",
            ),
            Step(
                12,
                RESOLVE,
                "pm.alice",
                "Alice Keller updates the tracker every second Friday (Tobias Wenger as her "
                "deputy), Erik gets an e-mail each time it changes, and the tracker is a "
                "standing item of the fortnightly project meeting.",
                more="After the kick-off the tracker had no named owner; it fell between the "
                "project manager and the analytical lead.",
            ),
            Step(
                20,
                CONFIRM,
                "quillon.manager",
                "Confirmed: the tracker is current and Erik has had his e-mail. Thank you.",
            ),
        ),
    ),
    # Commercial, on Kerrowan's own service levels; closed, confirmed.
    ConcernSpec(
        "Kerrowan",
        "KRW-5512-PPQ",
        "Invoice for PPQ batch 1 doesn't match the change orders",
        "The invoice for PPQ batch 1 includes CHF 9,800 for additional swab sites for "
        "cleaning verification. Kerrowan rejected that change order; the approved scope is "
        "SOW v3 as it stands. Please correct the invoice before our accounts payable run on "
        "Friday.",
        "commercial",
        "medium",
        "kerrowan.contact",
        -27,
        "09:15",
        LONDON,
        steps=(
            Step(
                1,
                ACKNOWLEDGE,
                "tobias.wenger",
                "Fiona, thank you for catching this. I own it and have asked our finance team "
                "to hold the invoice; I will call you before 14:00 UK time.",
            ),
            Step(
                3.5,
                CONTACT,
                "tobias.wenger",
                "Agreed with Fiona that the swab sites line goes and that Finance issues a "
                "credit note rather than a new invoice number, as Kerrowan's payables system "
                "prefers.",
                "call",
                "Invoice put on hold in our receivables: no reminder goes out while it is "
                "corrected.",
            ),
            Step(
                9,
                UPDATE,
                "tobias.wenger",
                "Finance has prepared the credit note for CHF 9,800; it goes out with the "
                "corrected invoice once our controller signs it tomorrow morning.",
            ),
            Step(
                14,
                RESOLVE,
                "tobias.wenger",
                "Credit note for CHF 9,800 and the corrected invoice for PPQ batch 1 sent to "
                "Kerrowan accounts payable; the additional swab sites were never performed.",
                more="The invoice was built from the quotation's line items before the "
                "change order's rejection reached Finance. Finance now checks every invoice "
                "line against the project's change orders before it is sent.",
            ),
            Step(
                18,
                CONFIRM,
                "kerrowan.contact",
                "Credit note and corrected invoice received and matched. Closed from our side.",
            ),
        ),
    ),
    # The update clock broke: the sweep took it one rung up the quality ladder.
    ConcernSpec(
        "Hoshizora",
        "HSZ-1120-CS",
        "No update on the OOS investigation for stability pull T6",
        "The OOS result of the six-month stability pull of validation batch 2 (unknown "
        "degradant at RRT 1.34, 0.24% against 0.20%) was notified to us three weeks ago. "
        "Since the phase I summary we have heard nothing, and the release of the first "
        "commercial campaign for Japan waits on its conclusion. We need the status and a "
        "date for the phase II report.",
        "quality",
        "high",
        "hoshizora.quality",
        -25,
        "16:05",
        TOKYO,
        steps=(
            Step(
                0.5,
                ACKNOWLEDGE,
                "qa.quinn",
                "Mori-san, I own this concern and I apologise for the silence since phase I. "
                "I am collecting the phase II status from the laboratory and will write to "
                "you today.",
            ),
            Step(
                3,
                CONTACT,
                "qa.quinn",
                "Sent the phase II plan and status: re-injection of the original T6 "
                "preparation and of a fresh preparation from the retained sample, and an "
                "integration review by a second analyst; report expected within a week.",
                "written",
                "Campaign 1 stays on hold for release to Japan until the OOS is concluded; "
                "the T6 samples and the retained samples are secured at 5 °C.",
            ),
            Step(
                19.6,
                NOTE,
                "tobias.wenger",
                "Escalated to me: Quinn is at the supplier audit in Basel until tomorrow. I "
                "send Mori-san a written update every working day until the phase II report "
                "is signed; Mei Lin gives me the laboratory status by 10:00.",
            ),
            Step(
                21,
                UPDATE,
                "tobias.wenger",
                "Phase II status: the original preparation gives 0.24% again, the fresh "
                "preparation from the retained sample 0.12%. The integration review points "
                "to a co-eluting excipient peak; the laboratory is confirming it with a "
                "modified gradient. Next update tomorrow at this time.",
            ),
            Step(
                29,
                UPDATE,
                "tobias.wenger",
                "The modified gradient separates the excipient peak from the degradant: "
                "0.12% in both preparations. Phase II concludes a laboratory error; the "
                "report is in QA review.",
            ),
            Step(
                35,
                RESOLVE,
                "qa.quinn",
                "OOS investigation closed: phase II confirmed a laboratory error (the "
                "degradant was integrated together with a co-eluting excipient peak); the T6 "
                "result is 0.12% against 0.20%, within specification. Signed report sent; "
                "campaign 1 released for Japan.",
                more="The integration events of the processing method did not separate the "
                "excipient peak at RRT 1.33. Method corrected under change control; a "
                "stability OOS now gets a second analyst's integration review before phase "
                "I closes.",
            ),
            Step(
                39,
                CONFIRM,
                "hoshizora.manager",
                "Confirmed. For the next investigation, please send the daily written "
                "updates from the first day, not after we ask.",
            ),
        ),
    ),
    # Resolved, reopened by the sponsor with a reason, resolved again and confirmed.
    ConcernSpec(
        "Kerrowan",
        "KRW-7740-FF",
        "Visual inspection defect library classes raised stoppers as minor",
        "The defect library for the 100% visual inspection of KRW-7740, attached to the "
        "engineering fill report, classes 'stopper raised' and 'stopper seat defect' as "
        "minor. Annex 3 of our quality agreement makes every container closure defect "
        "critical or major. Inspection of the engineering fill lots must not continue on "
        "this library.",
        "quality",
        "high",
        "kerrowan.quality",
        -20,
        "08:40",
        LONDON,
        steps=(
            Step(
                0.5,
                ACKNOWLEDGE,
                "sofia.marchetti",
                "Samir, thank you. I own this concern, and the inspection of the engineering "
                "fill lots is stopped as of now. I will set up a call with Thomas Krüger, our "
                "fill-finish lead, within two hours.",
            ),
            Step(
                2,
                CONTACT,
                "sofia.marchetti",
                "Call with Samir Patel and Thomas Krüger: went through annex 3 line by line "
                "and agreed that every container closure defect is at least major and that "
                "the library is re-issued before inspection restarts.",
                "meeting",
                "Visual inspection of the engineering fill lots stopped; no lot released; "
                "the units inspected so far are re-inspected against the corrected library.",
            ),
            Step(
                2.5,
                NOTE,
                "thomas.krueger",
                "The library was copied from the HSZ template, which follows Hoshizora's "
                "own classification. I am checking the other sponsor-specific libraries "
                "against their quality agreements this week.",
            ),
            Step(
                8,
                UPDATE,
                "sofia.marchetti",
                "Library v2 drafted: raised stopper and stopper seat defects moved to major, "
                "cracked or missing stopper to critical. In QA review tonight; the "
                "inspectors are briefed at the start of tomorrow's shift.",
            ),
            Step(
                14,
                RESOLVE,
                "sofia.marchetti",
                "Defect library v2 issued: raised stopper and stopper seat defects major, "
                "cracked or missing stopper critical, as annex 3 requires; inspectors "
                "retrained; the engineering fill units re-inspected with no further rejects.",
                more="The library was copied from another sponsor's template without being "
                "checked against Kerrowan's quality agreement.",
            ),
            Step(
                18,
                REOPEN,
                "kerrowan.quality",
                "Version 2 still lists 'stopper raised less than 1 mm' as minor. Annex 3 "
                "makes any raised stopper major, whatever the height. Please align and "
                "re-issue.",
            ),
            Step(
                22,
                UPDATE,
                "thomas.krueger",
                "Agreed: v3 drops the 1 mm exception. The 37 units rejected as minor for "
                "raised stoppers in the engineering fill are being re-examined; none has "
                "been released.",
            ),
            Step(
                29.5,
                RESOLVE,
                "sofia.marchetti",
                "Defect library v3 issued without the 1 mm exception: any raised stopper is "
                "a major defect. The 37 units re-classed major; the AQL samples of the "
                "engineering fill re-inspected against v3 with no further findings; "
                "inspectors briefed on v3.",
                more="The library was copied from another sponsor's template; its 1 mm "
                "exception came from the filling machine's tolerance and was never checked "
                "against annex 3.",
            ),
            Step(
                33,
                CONFIRM,
                "kerrowan.quality",
                "Version 3 reviewed by Kerrowan QA: aligned with annex 3. Thank you for the "
                "quick turnaround.",
            ),
        ),
    ),
    # Recorded from a call; waited on the sponsor's comments, answered in the portal.
    ConcernSpec(
        "Kerrowan",
        "KRW-6120-DS",
        "Tech transfer report draft two weeks late",
        "Oliver Pembroke called: the draft technology transfer report for KRW-6120 was due "
        "two weeks ago, Kerrowan's process owner has nothing to review, and their "
        "regulatory team needs it for the site-change variation. He asked for a firm date "
        "and something to review now.",
        "schedule",
        "medium",
        "bd.ben",
        -13,
        "11:00",
        steps=(
            Step(
                1,
                ACKNOWLEDGE,
                "priya.raman",
                "Oliver, Ben passed on your call. The report is late and getting it to you "
                "is mine. I will call you this afternoon with a date and send what is ready "
                "now.",
            ),
            Step(
                4,
                CONTACT,
                "priya.raman",
                "Agreed with Oliver that chapters 1 to 4 (process description, criticality "
                "assessment, scale-down model) go to Kerrowan today and the full draft by the "
                "end of next week; the gap list stays open until their review.",
                "call",
                "Chapters 1 to 4 sent today as a partial draft so that Kerrowan's process "
                "owner can start the review.",
            ),
            Step(
                14,
                UPDATE,
                "priya.raman",
                "Chapters 5 and 6 (control strategy, process comparability) are drafted; QA "
                "is verifying the data tables of the three engineering runs.",
            ),
            Step(
                18,
                WAIT,
                "priya.raman",
                "Kerrowan's comments on chapters 1 to 4: the criticality assessment of "
                "chapter 3 decides the control strategy of chapter 5.",
            ),
            Step(
                33,
                RESUME,
                "kerrowan.manager",
                "Comments on chapters 1 to 4 sent by e-mail: no objection to the criticality "
                "assessment; two questions on the qualification of the scale-down model.",
            ),
            Step(
                37,
                UPDATE,
                "priya.raman",
                "Both questions on the scale-down model are answered in chapter 4 (revision "
                "b); the full draft is on track for Friday.",
            ),
            Step(
                48,
                RESOLVE,
                "priya.raman",
                "Full draft of the KRW-6120 technology transfer report (v0.9) sent for "
                "Kerrowan's review with the comments on chapters 1 to 4 worked in; review "
                "meeting booked.",
                more="The report was planned for after the third engineering run instead of "
                "chapter by chapter, and its author was also running the campaign.",
            ),
            Step(
                54,
                CONFIRM,
                "kerrowan.manager",
                "Draft received; our process owner starts the review. Closing this.",
            ),
        ),
    ),
    # Raised in a meeting and recorded from it; now waiting on the sponsor's choice.
    ConcernSpec(
        "NovaBridge",
        "NVB-101-TT",
        "Starting material slip puts the Phase 1 date at risk",
        "In today's meeting Rachel Whitfield and NovaBridge's CFO said the three-week slip "
        "of the second-source starting material threatens the first-patient date that "
        "their Series B milestones depend on. They want a recovery plan with options and "
        "what each costs, not only a new date.",
        "schedule",
        "high",
        "bd.ben",
        -12,
        "16:00",
        interaction="Starting material slip: impact on the Phase 1 date",
        steps=(
            Step(
                0.25,
                ACKNOWLEDGE,
                "pm.alice",
                "Rachel, I own this and the recovery plan. I will call you at 08:30 your time "
                "with the options, and you will have what each costs by Friday.",
            ),
            Step(
                6.5,
                CONTACT,
                "pm.alice",
                "Call with Rachel Whitfield: two recovery options, air-freighting a 10 kg "
                "partial lot from the second supplier (engineering batch at reduced scale in "
                "two weeks) or waiting for the full 25 kg lot (three weeks), with the use "
                "test either way.",
                "call",
                "Engineering batch slot held in the Visp schedule for both dates; the use "
                "test of the second-source lot moved forward so that its release is not on "
                "the critical path.",
            ),
            Step(
                15,
                UPDATE,
                "pm.alice",
                "Costs of both options sent: the partial lot adds USD 6,200 of freight and a "
                "second dispensing; the full lot keeps the current budget. Both keep two "
                "weeks of float before the Phase 1 supply date.",
            ),
            Step(
                22,
                UPDATE,
                "pm.alice",
                "Walked Laura Chen through both options; the one-page version for the board "
                "follows this week, as agreed.",
            ),
            Step(
                23,
                WAIT,
                "pm.alice",
                "NovaBridge's choice between the two recovery options: the air-freighted "
                "partial lot, or the full lot three weeks later.",
            ),
        ),
    ),
    # Resolved this week, waiting for the sponsor's confirmation.
    ConcernSpec(
        "Aubrelle",
        "ABR-040-CLD",
        "Clone selection report lacks 60-generation stability data",
        "The clone selection report for ABR-040 recommends clone 12 on titer and product "
        "quality at generations 0 and 30, but our protocol asks for stability over 60 "
        "generations before we commit to the master cell bank. Without it we cannot sign "
        "off the clone, and the MCB start is our investors' next milestone.",
        "technical",
        "medium",
        "aubrelle.manager",
        -7,
        "10:00",
        PARIS,
        steps=(
            Step(
                1,
                ACKNOWLEDGE,
                "priya.raman",
                "Camille, I own this concern. You are right that the protocol asks for 60 "
                "generations; Katrin Vogel and I will come back to you this afternoon with "
                "the data we have and a date for the rest.",
            ),
            Step(
                5,
                CONTACT,
                "priya.raman",
                "Sent Katrin Vogel's interim table: the top three clones (7, 12, 31) are at "
                "generation 48; titer of clone 12 within 8% of generation 0, glycan profile "
                "unchanged. Generation 60 is reached on Wednesday.",
                "written",
                "The MCB start stays booked; the clone decision meeting moves to Thursday so "
                "that the 60-generation data are read first.",
            ),
            Step(
                20,
                UPDATE,
                "priya.raman",
                "Clones 7 and 12 passed generation 60 this morning; titer, SEC, charge "
                "variants and glycans are being run today.",
            ),
            Step(
                40,
                RESOLVE,
                "priya.raman",
                "60-generation stability data for clones 7, 12 and 31 sent: clone 12 keeps "
                "its titer within 10% of generation 0 with unchanged product quality. Report "
                "revised to version 2 with the full data; clone 12 confirmed for the MCB.",
                more="The report was issued at generation 30 to keep the MCB date, without "
                "saying that the 60-generation data were still to come.",
            ),
        ),
    ),
    # Regulatory, resolved this week, waiting for the sponsor's confirmation.
    ConcernSpec(
        "Solvantis",
        "SLV-204-DP",
        "IMPD draft without container closure integrity data",
        "The draft of IMPD section P.2.5 we received on Friday has no container closure "
        "integrity data for the lyophilized vial, only 'to be provided'. Our submission is "
        "planned in four weeks and our regulatory writer needs the data now.",
        "regulatory",
        "medium",
        "solvantis.manager",
        -6,
        "14:00",
        BERLIN,
        steps=(
            Step(
                1.5,
                ACKNOWLEDGE,
                "sofia.marchetti",
                "Katharina, I own this. The container closure integrity study of the "
                "engineering fill is complete; I will send you its results today.",
            ),
            Step(
                4,
                CONTACT,
                "sofia.marchetti",
                "Sent the CCI results of the engineering fill: helium leak testing, 0 of 300 "
                "vials above the detection limit, positive controls detected. The validation "
                "report is in final review.",
                "written",
                "Interim results table sent so that Solvantis' regulatory writer can draft "
                "P.2.5 now.",
            ),
            Step(
                18,
                UPDATE,
                "sofia.marchetti",
                "The CCI validation report is approved; P.2.5 is being revised with its summary.",
            ),
            Step(
                30,
                RESOLVE,
                "sofia.marchetti",
                "Section P.2.5 revised with the CCI validation summary (deterministic helium "
                "leak method, 0 of 300 failures, detection limit demonstrated) and re-sent "
                "with the approved validation report.",
                more="The IMPD section was drafted before the CCI report was approved, and "
                "sent without flagging the gap.",
            ),
        ),
    ),
    # In progress: contacted, contained, updated every working day.
    ConcernSpec(
        "Solvantis",
        "SLV-204-ADC",
        "Investigation report for the linker-payload lot that failed identity testing",
        "You told us today that the SLV-LP7 linker-payload lot for the engineering "
        "conjugation failed its identity test on receipt in Singen. Under our quality "
        "agreement we need the investigation report, the impact on the engineering "
        "conjugation and the re-supply plan. The lot was made in your own Visp unit, so we "
        "expect one answer for both sites.",
        "quality",
        "high",
        "solvantis.quality",
        -5,
        "15:30",
        BERLIN,
        steps=(
            Step(
                0.5,
                ACKNOWLEDGE,
                "sofia.marchetti",
                "Anja, I own this concern for both sites. The lot is quarantined; I will "
                "call you within three hours with what we know.",
            ),
            Step(
                1,
                NOTE,
                "jonas.becker",
                "The lot comes from our own Visp HPAPI unit (SLV-204-LP): one message to "
                "Solvantis, agreed with Tobias, before the steering committee.",
            ),
            Step(
                3,
                CONTACT,
                "sofia.marchetti",
                "Called Anja Roth: the receiving test compared the lot with the reference "
                "spectrum of the free payload, not of the linker-payload, so the lot itself "
                "may be fine. Agreed a re-test against the right reference and, in parallel, "
                "a replacement lot in Visp.",
                "call",
                "Lot quarantined in Singen; the engineering conjugation slot held for two "
                "weeks; HRMS re-test against the right reference spectrum requested.",
            ),
            Step(
                15,
                UPDATE,
                "sofia.marchetti",
                "Investigation opened: the receiving method pointed to the wrong spectrum "
                "after a template change. The method is corrected, and every identity test "
                "run with it since that change is being checked.",
            ),
            Step(
                30,
                UPDATE,
                "jonas.becker",
                "The change order for the re-test and the replacement lot is with Katharina "
                "Brandt for approval; the conjugation slot stays held.",
            ),
            Step(
                45,
                UPDATE,
                "sofia.marchetti",
                "No other lot was tested against the wrong spectrum. The preliminary "
                "investigation summary is in QA review and comes to you today; the re-test "
                "runs as soon as the change order is approved.",
            ),
        ),
    ),
    # Raised on Friday evening at the site: its clocks start on Monday morning. Not
    # acknowledged in time, so the sweep takes it one rung up the technical ladder.
    ConcernSpec(
        "NovaBridge",
        "NVB-101-TT",
        "Impurity profile of the use-test batches not shared before the engineering batch",
        "The use test of the second-source starting material was due to finish this week, "
        "and the engineering batch starts from that lot. We have not seen the impurity "
        "profile of the two use-test batches, in particular the des-fluoro impurity that "
        "failed system suitability during the method transfer. We need the HPLC data and "
        "your assessment before the lot is released for the engineering batch.",
        "technical",
        "high",
        "novabridge.contact",
        -3,
        "14:10",
        NEW_YORK,
        steps=(
            Step(
                4.5,
                NOTE,
                "pm.alice",
                "Escalated to me this morning: Sam is in the kilo lab all day with the "
                "use-test work-up and had not seen it. Sam calls Marcus tomorrow at 15:00 "
                "our time (09:00 in New York) with Mei Lin, once the des-fluoro results of "
                "the second use-test batch are in tonight.",
            ),
        ),
    ),
    # Today: acknowledged at once, the first contact due this evening.
    ConcernSpec(
        "Kerrowan",
        "KRW-6120-DS",
        "Harvest hold-time deviation on run 2 notified after five working days",
        "We learned of the deviation on the harvest hold time of KRW-6120 run 2 from your "
        "monthly quality report, five working days after it happened. The quality "
        "agreement requires notice within one working day of any deviation that may affect "
        "product quality. We need to know why it was late and whether run 2 is affected.",
        "quality",
        "medium",
        "kerrowan.quality",
        0,
        "09:00",
        LONDON,
        steps=(
            Step(
                0.5,
                ACKNOWLEDGE,
                "hannah.schulz",
                "Samir, I own this concern and I am sorry the notice came late. I am pulling "
                "the deviation record and the hold-time data now and will call you today "
                "with the facts.",
            ),
            Step(
                1,
                NOTE,
                "hannah.schulz",
                "The deviation was classed minor at first (hold time 26 h against 24 h, "
                "inside the 36 h of the process validation) and reclassified major on day 4 "
                "after QA review; the notification clock was started from the "
                "reclassification, not from the event.",
            ),
        ),
    ),
    # Today, late afternoon: just raised, nobody has acknowledged it yet.
    ConcernSpec(
        "Quillon",
        "QLN-450-OLI",
        "Change order for the additional 10 mmol run needed before our budget review",
        "On last week's call we heard that a third 10 mmol development run is needed to "
        "confirm the new coupling times, but we have no change order or price yet. Our "
        "budget review is on Thursday; without a price the run cannot be approved this "
        "quarter.",
        "commercial",
        "low",
        "quillon.manager",
        0,
        "16:40",
        STOCKHOLM,
    ),
)
