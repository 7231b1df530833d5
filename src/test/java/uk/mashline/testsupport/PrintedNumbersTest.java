package uk.mashline.testsupport;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrintedNumbersTest {

    @Test
    void aPartnershipsOwnAndTheNationalNumbersPassAndAnotherPartnershipsAreCaught() {
        assertEquals(Set.of(), PrintedNumbers.notPrinted("medway",
                "Call First Response on 01634 334466, out of hours 03000 419191; NSPCC 0808 800 5000; 999."));
        assertEquals(Set.of("01403229900"), PrintedNumbers.notPrinted("medway", "Call the MASH on 01403 229900."));
        assertEquals(Set.of("03302228087"), PrintedNumbers.notPrinted("north-tyneside", "Ring 0330 222 8087 or 0191 643 7366."));
        // the LSCB model prints no number: only the national lines
        assertEquals(Set.of("01911234567"), PrintedNumbers.notPrinted("lscb-model", "Childline 0800 1111, or 0191 123 4567."));
        // dates, times and stage days are not numbers to ring
        assertEquals(Set.of(), PrintedNumbers.notPrinted("sandwell", "Due by Wednesday 30 December 2026 (3 working days), 9am."));
    }
}
