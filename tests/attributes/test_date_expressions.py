"""Golden table: date expressions resolved against a publication date.

The publication date is Wednesday 6 October 2010 (the seed article's) unless a
row says otherwise; the expected text is the span the finder must report.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dyads.attributes.dates.dating import find_dates
from dyads.attributes.dates.tense import Tense
from dyads.records.article import DatePrecision as P

PUB = dt.date(2010, 10, 6)
D = dt.date

GOLDEN = [
    # sentence, expected text, start, end, precision
    ("Medvedev visited China on September 26-28.", "September 26-28", D(2010, 9, 26), D(2010, 9, 28), P.RANGE),
    ("The summit was held on 26 September.", "26 September", D(2010, 9, 26), D(2010, 9, 26), P.DAY),
    ("Talks resumed on 14 March 2004 in Geneva.", "14 March 2004", D(2004, 3, 14), D(2004, 3, 14), P.DAY),
    ("The accord was signed on March 14, 2004.", "March 14, 2004", D(2004, 3, 14), D(2004, 3, 14), P.DAY),
    ("The treaty entered into force in 1971.", "1971", D(1971, 1, 1), D(1971, 12, 31), P.YEAR),
    ("Veterans of the 1904-05 war gathered at the memorial.", "1904-05", D(1904, 1, 1), D(1905, 12, 31), P.RANGE),
    ("Soviet troops entered Manchuria in August 1945.", "August 1945", D(1945, 8, 1), D(1945, 8, 31), P.MONTH),
    ("Ministers met last month in Brussels.", "last month", D(2010, 9, 1), D(2010, 9, 30), P.MONTH),
    ("Exports fell sharply last year.", "last year", D(2009, 1, 1), D(2009, 12, 31), P.YEAR),
    ("The navy held drills in July.", "July", D(2010, 7, 1), D(2010, 7, 31), P.MONTH),
    ("The rebels attacked the town in November.", "November", D(2009, 11, 1), D(2009, 11, 30), P.MONTH),
    ("The president will travel to Japan in November.", "November", D(2010, 11, 1), D(2010, 11, 30), P.MONTH),
    ("The parliament will vote on the budget in March.", "March", D(2011, 3, 1), D(2011, 3, 31), P.MONTH),
    ("Police arrested the suspect on Monday.", "Monday", D(2010, 10, 4), D(2010, 10, 4), P.DAY),
    ("The envoy will arrive on Friday.", "Friday", D(2010, 10, 8), D(2010, 10, 8), P.DAY),
    ("The minister resigned yesterday.", "yesterday", D(2010, 10, 5), D(2010, 10, 5), P.DAY),
    ("The cabinet meets today to discuss the budget.", "today", D(2010, 10, 6), D(2010, 10, 6), P.DAY),
    ("Negotiators will resume talks tomorrow.", "tomorrow", D(2010, 10, 7), D(2010, 10, 7), P.DAY),
    ("The two leaders spoke by telephone last week.", "last week", D(2010, 9, 27), D(2010, 10, 3), P.RANGE),
    ("Trade has doubled over the past decade.", "the past decade", D(2000, 10, 6), D(2010, 10, 6), P.RANGE),
    ("Tensions have risen during the past year.", "the past year", D(2009, 10, 6), D(2010, 10, 6), P.RANGE),
    ("The army was reformed in the 1990s.", "the 1990s", D(1990, 1, 1), D(1999, 12, 31), P.DECADE),
    ("Gas deliveries will start in 2015 for 30 years.", "2015 for 30 years", D(2015, 1, 1), D(2044, 12, 31), P.RANGE),
    ("State media reported the blast two days ago.", "two days ago", D(2010, 10, 4), D(2010, 10, 4), P.DAY),
    ("The company was nationalised three years ago.", "three years ago", D(2007, 1, 1), D(2007, 12, 31), P.YEAR),
    ("The dam was completed in mid-2009.", "mid-2009", D(2009, 1, 1), D(2009, 12, 31), P.YEAR),
    ("Elections are expected in early 2011.", "early 2011", D(2011, 1, 1), D(2011, 12, 31), P.YEAR),
    ("The ceasefire took effect on 2010-08-12.", "2010-08-12", D(2010, 8, 12), D(2010, 8, 12), P.DAY),
    ("Fighting raged from 2003 to 2008 in the province.", "from 2003 to 2008", D(2003, 1, 1), D(2008, 12, 31), P.RANGE),
    ("The mission ran between July and September 2009.", "July and September 2009", D(2009, 7, 1), D(2009, 9, 30), P.RANGE),
    ("Inflation rose earlier this year.", "earlier this year", D(2010, 1, 1), D(2010, 12, 31), P.YEAR),
    ("The talks collapsed earlier this month.", "earlier this month", D(2010, 10, 1), D(2010, 10, 31), P.MONTH),
    ("A new round of talks is due next month.", "next month", D(2010, 11, 1), D(2010, 11, 30), P.MONTH),
    ("The budget will be debated next year.", "next year", D(2011, 1, 1), D(2011, 12, 31), P.YEAR),
    ("The rally is planned for next week.", "next week", D(2010, 10, 11), D(2010, 10, 17), P.RANGE),
    ("Troops withdrew from the village last Friday.", "last Friday", D(2010, 10, 1), D(2010, 10, 1), P.DAY),
    ("Shelling resumed on Sunday night.", "Sunday night", D(2010, 10, 3), D(2010, 10, 3), P.DAY),
    ("The parliament was dissolved on 3 May.", "3 May", D(2010, 5, 3), D(2010, 5, 3), P.DAY),
    ("The vote took place on December 12.", "December 12", D(2009, 12, 12), D(2009, 12, 12), P.DAY),
    ("The referendum will be held on 9 January.", "9 January", D(2011, 1, 9), D(2011, 1, 9), P.DAY),
    ("Talks were held from 3 to 5 November 2009.", "3 to 5 November 2009", D(2009, 11, 3), D(2009, 11, 5), P.RANGE),
    ("The festival runs from October 28 to November 2.", "October 28 to November 2", D(2010, 10, 28), D(2010, 11, 2), P.RANGE),
    ("The war in the Pacific ended in 1945.", "1945", D(1945, 1, 1), D(1945, 12, 31), P.YEAR),
    ("The state was founded in 1948 and has grown since.", "1948", D(1948, 1, 1), D(1948, 12, 31), P.YEAR),
    ("Since 2001 the organisation has admitted two members.", "2001", D(2001, 1, 1), D(2001, 12, 31), P.YEAR),
    ("The agreement of 2006 was never carried out.", "2006", D(2006, 1, 1), D(2006, 12, 31), P.YEAR),
    ("The utility posted record profits for 2008/09.", "2008/09", D(2008, 1, 1), D(2009, 12, 31), P.RANGE),
    ("Turnout was low in the 2005-2006 elections.", "2005-2006", D(2005, 1, 1), D(2006, 12, 31), P.RANGE),
    ("The accord was reached last night after hours of talks.", "last night", D(2010, 10, 5), D(2010, 10, 5), P.DAY),
    ("Growth slowed in the past three years.", "the past three years", D(2007, 10, 6), D(2010, 10, 6), P.RANGE),
    ("Prices will rise over the next five years.", "the next five years", D(2010, 10, 6), D(2015, 10, 6), P.RANGE),
    ("The drought last summer ruined the harvest.", "last summer", D(2010, 6, 1), D(2010, 8, 31), P.RANGE),
    ("Attacks on convoys increased this week.", "this week", D(2010, 10, 4), D(2010, 10, 10), P.RANGE),
    ("The museum reopened on Sept. 30.", "Sept. 30", D(2010, 9, 30), D(2010, 9, 30), P.DAY),
    ("The fighting in late October 2008 displaced villagers.", "late October 2008", D(2008, 10, 1), D(2008, 10, 31), P.MONTH),
    ("Protests broke out in early September.", "early September", D(2010, 9, 1), D(2010, 9, 30), P.MONTH),
    ("The treaty was signed in Moscow in May.", "May", D(2010, 5, 1), D(2010, 5, 31), P.MONTH),
    ("The first shipment arrived on 1 October.", "1 October", D(2010, 10, 1), D(2010, 10, 1), P.DAY),
    ("The army reported the clash this morning.", "this morning", D(2010, 10, 6), D(2010, 10, 6), P.DAY),
    ("The law was passed in the 1980s and amended in 1994.", "the 1980s", D(1980, 1, 1), D(1989, 12, 31), P.DECADE),
    ("The law was passed in the 1980s and amended in 1994.", "1994", D(1994, 1, 1), D(1994, 12, 31), P.YEAR),
    ("Unrest followed the disputed 2009 election.", "2009", D(2009, 1, 1), D(2009, 12, 31), P.YEAR),
    ("The minister said in 2007 that the plant would close.", "2007", D(2007, 1, 1), D(2007, 12, 31), P.YEAR),
    ("In 2010 troops were sent to the border.", "2010", D(2010, 1, 1), D(2010, 12, 31), P.YEAR),
    ("The bombing a week ago killed four people.", "a week ago", D(2010, 9, 27), D(2010, 10, 3), P.RANGE),
    ("The plant opened 18 months ago.", "18 months ago", D(2009, 4, 1), D(2009, 4, 30), P.MONTH),
    ("Elections are due in 2012.", "2012", D(2012, 1, 1), D(2012, 12, 31), P.YEAR),
    ("The reactor was shut down last Monday.", "last Monday", D(2010, 10, 4), D(2010, 10, 4), P.DAY),
    ("On Tuesday, the rebels seized the airport.", "Tuesday", D(2010, 10, 5), D(2010, 10, 5), P.DAY),
    ("The junta took power on 19 September 2006.", "19 September 2006", D(2006, 9, 19), D(2006, 9, 19), P.DAY),
    ("Voting ended on Nov. 4, 2008, in most states.", "Nov. 4, 2008", D(2008, 11, 4), D(2008, 11, 4), P.DAY),
    ("Lula proposed the summit in December, 2004.", "December, 2004", D(2004, 12, 1), D(2004, 12, 31), P.MONTH),
    ("Whoever wins on November 5th needs a plan. Officials told reporters so.", "November 5th", D(2010, 11, 5), D(2010, 11, 5), P.DAY),
    ("From 1926 to 1949, the two parties fought a civil war.", "From 1926 to 1949", D(1926, 1, 1), D(1949, 12, 31), P.RANGE),
    ("Elections are likely to be held in May or June.", "May", D(2011, 5, 1), D(2011, 5, 31), P.MONTH),
    ("The blockade lasted from June 2007 until the truce.", "June 2007", D(2007, 6, 1), D(2007, 6, 30), P.MONTH),
]


@pytest.mark.parametrize(("sentence", "text", "start", "end", "precision"), GOLDEN)
def test_date_expression_resolves(sentence: str, text: str, start: dt.date, end: dt.date, precision: P) -> None:
    found = {d.text: d for d in find_dates(sentence, published=PUB)}
    assert text in found, f"{text!r} not found in {sorted(found)}"
    d = found[text]
    assert (d.start, d.end, d.precision) == (start, end, precision)
    assert sentence[d.char_start : d.char_end] == text


NO_DATE = [
    "The exercise involved 2,000 troops and 300 vehicles.",
    "Vostok 2010 was the largest drill since the Soviet collapse.",
    "Medvedev announced that he would visit the islands in the near future.",
    "The 65th anniversary passed quietly in Moscow.",
    "Peace Mission 2010 began with a parade.",
    "The price of the contract was $2010 per tonne.",
    "It may rain on the parade, officials warned.",
    "Resolution 1441 was adopted unanimously.",
    "The letter was supplied to three national Sunday newspapers.",
    "He said on ABC's This Week that he had done nothing wrong.",
    "The report [http://www.example.com/2005/mar/04/7.htm] was denied.",
    "DeWayne Wickham of USA Today asks how voters will respond.",
    "Pensions would freeze retirees into today's standard of living.",
    "The decade-long conflict has displaced 2000 people.",
]


@pytest.mark.parametrize("sentence", NO_DATE)
def test_no_date_in_sentence_without_one(sentence: str) -> None:
    assert find_dates(sentence, published=PUB) == ()


def test_offsets_are_shifted_by_the_sentence_start() -> None:
    sentence = "Troops withdrew in July."
    (d,) = find_dates(sentence, offset=100, published=PUB)
    assert (d.char_start, d.char_end) == (119, 123)


def test_relative_dates_need_a_publication_date() -> None:
    assert find_dates("The minister resigned yesterday.", published=None) == ()
    assert find_dates("The navy held drills in July.", published=None) == ()


def test_explicit_dates_without_a_publication_date() -> None:
    (d,) = find_dates("Talks were held on 12 March 2003.", published=None)
    assert (d.start, d.precision) == (dt.date(2003, 3, 12), P.DAY)


def test_explicit_tense_overrides_the_guess() -> None:
    (past,) = find_dates("Talks in November.", published=PUB, tense=Tense.PAST)
    (future,) = find_dates("Talks in November.", published=PUB, tense=Tense.FUTURE)
    assert past.start == dt.date(2009, 11, 1)
    assert future.start == dt.date(2010, 11, 1)


def test_each_clause_keeps_its_own_tense() -> None:
    monday, friday = find_dates("The ministers met on Monday and will meet again on Friday.", published=PUB)
    assert monday.start == dt.date(2010, 10, 4)
    assert friday.start == dt.date(2010, 10, 8)
