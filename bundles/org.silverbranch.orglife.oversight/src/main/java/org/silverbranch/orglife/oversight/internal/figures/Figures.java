package org.silverbranch.orglife.oversight.internal.figures;

import java.util.Optional;
import java.util.function.Supplier;

import org.silverbranch.core.api.ErrorKind;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.orglife.assessment.BranchFigure;

/** What the three figure sources share: a figure only where the source has data, never a made-up zero. */
final class Figures {

    private Figures() {
    }

    /**
     * The source's figure; empty when the source does not know the branch (404) or does not count it (400, e.g. not
     * a branch). Other failures propagate: a broken source must not pass for "no data".
     */
    static Optional<BranchFigure> of(Supplier<Optional<BranchFigure>> source) {
        try {
            return source.get();
        } catch (ServiceException e) {
            if (e.kind() == ErrorKind.NOT_FOUND || e.kind() == ErrorKind.BAD_REQUEST) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
