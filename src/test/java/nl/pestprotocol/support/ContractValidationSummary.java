package nl.pestprotocol.support;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Prints how many answers of the run were validated against the contract, and every disagreement. */
public class ContractValidationSummary implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        ContractValidation.summary().ifPresent(System.out::println);
    }
}
