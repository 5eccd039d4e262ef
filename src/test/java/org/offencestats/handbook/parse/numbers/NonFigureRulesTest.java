package org.offencestats.handbook.parse.numbers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.offencestats.handbook.model.NonFigureKind;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each row: a line, the number on it to classify (its first occurrence), and the reason expected, or FIGURE when no
 * rule may claim it. The lines are written for these tests, in the shapes responses use.
 */
class NonFigureRulesTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Date released: 14 March 2019                                   | 14     | DATE
            I write in connection with your request dated 3rd May          | 3      | DATE
            between 01/04/2020 and 31/03/2021                               | 01/04/2020| DATE
            Rows 01.01.20 - 01.01.21                                        | 01.01.20| DATE
            since the June 12 attacks                                       | 12     | DATE
            Calls logged at 14:30 on the day                                | 30     | TIME
            Freedom of Information Request Reference No: FOI 004512/19      | 004512/19| REFERENCE
            Enquiry Reference: 512 - 23                                     | 23     | REFERENCE
            Enquiry Reference: 733- 22                                      | 22     | REFERENCE
            Stalking reports (611B/21)                                      | 611    | REFERENCE
            Our Ref: FOI2020/01234                                          | 2020/01234| REFERENCE
            taking indecent images (home office code 86/2) by suspects      | 86/2   | OFFENCE_CODE
            8R - Malicious Communications                                   | 8      | OFFENCE_CODE
            crimes recorded under 088/01 in the year                        | 088/01 | OFFENCE_CODE
            recorded as Outcome 21 or 22                                    | 22     | OUTCOME_CODE
            exceed the cost limit under section 12 of the Act               | 12     | STATUTE
            In accordance with section 1(1)(a) of the Act                   | 1      | STATUTE
            Section s30(1) & s40(2) exemptions apply                         | 40     | STATUTE
            2. How many arrests were made in 2019?                          | 2      | LIST_NUMBER
            Please see questions 3 and 4 above                              | 4      | LIST_NUMBER
            Q4 The information is not held.                                 | 4      | LIST_NUMBER
            1 Age 2 Gender 3 Ethnicity                                      | 3      | LIST_NUMBER
            under the Act 2000 1. How many stops were made? 2. How many   | 2      | LIST_NUMBER
            regarding the following 4 items for the year                  | 4      | LIST_NUMBER
            those where the age was greater than 10 and less than 19      | 19     | AGE
            This is currently £450.                                          | 450    | MONEY
            it would take over 120 hours to locate                          | 120    | DURATION
            Between 10-30 mins                                              | 30     | DURATION
            the last 3 financial years                                      | 3      | DURATION
            suspects aged 10-17 at the time                                 | 17     | AGE
            victims under the age of 16                                     | 16     | AGE
            how many 14 year olds were arrested                             | 14     | AGE
            children under 13, broken down                                   | 13     | AGE
            Tel: 01632 960123                                               | 01632  | PHONE
            Number of 999 calls for assault                                 | 999    | PHONE
            Headquarters, Anytown, AB12 3CD                                 | 12     | POSTCODE
            FY 2016-17 FY 2017-18                                           | 2017   | PERIOD
            recorded in the year 2012/13 only                               | 2012/13| PERIOD
            For the calendar year 2016, please provide                      | 2016   | YEAR
            see https://example.org/foi/2019/123-arrests                    | 2019/123| WEB_ADDRESS
            the outcome of each etc.3                                       | 3      | FOOTNOTE_MARK
            Page 2 of 5                                                     | 5      | PAGE_FURNITURE
            There were 2016 crimes recorded                                 | 2016   | FIGURE
            There were 212 rapes reported in 2010                           | 212    | FIGURE
            In excess of 4100 records would need to be read                 | 4100   | FIGURE
            Making/Taking26                                                 | 26     | FIGURE
            over 50 offences were recorded                                  | 50     | FIGURE
            """)
    void classifies(String line, String printed, String expected) {
        NumberToken token = NumberScanner.scan(line).stream().filter(t -> t.printed().equals(printed)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + printed + " in " + line));
        Optional<NonFigureKind> kind = NonFigureRules.classify(line, token);
        if (expected.equals("FIGURE")) {
            assertThat(kind).as(line).isEmpty();
        } else {
            assertThat(kind).as(line).contains(NonFigureKind.valueOf(expected));
        }
    }
}
