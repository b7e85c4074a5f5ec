package org.silverbranch.orglife.assessment.internal.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.silverbranch.core.api.Caller;
import org.silverbranch.orglife.assessment.BranchFigure;
import org.silverbranch.orglife.assessment.BranchFigureSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figure sources registered now, by key (the first registered wins when two give the same key). A source that
 * answers empty has no figure: its criterion is not available. A source that throws has FAILED, which is not the
 * same: the failure is logged and reported in {@link Figures#failed()}, so one faulty bundle never stops a draft,
 * but the rating refuses a confirmation (a figure that exists but could not be read must not silently drop out of
 * the points and raise a weak branch's score).
 */
final class FigureSources {

    private static final Logger LOG = LoggerFactory.getLogger(FigureSources.class);

    private final Supplier<List<BranchFigureSource>> registered;

    FigureSources(Supplier<List<BranchFigureSource>> registered) {
        this.registered = registered;
    }

    Map<String, BranchFigureSource> byKey() {
        Map<String, BranchFigureSource> byKey = new LinkedHashMap<>();
        for (BranchFigureSource source : registered.get()) {
            try {
                byKey.putIfAbsent(source.key(), source);
            } catch (RuntimeException e) {
                LOG.warn("Branch figure source {} has no key; left out", source, e);
            }
        }
        return byKey;
    }

    List<String> keys() {
        return new ArrayList<>(byKey().keySet());
    }

    /**
     * The figures taken in one request.
     *
     * @param figures key → figure for the keys with a source and a figure
     * @param failed  the keys whose source threw
     */
    record Figures(Map<String, BranchFigure> figures, Set<String> failed) {

        Figures {
            figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
            failed = Collections.unmodifiableSet(new LinkedHashSet<>(failed));
        }
    }

    /** The figures for the keys asked; a key without a source or a figure is in neither map nor set. */
    Figures figures(Caller caller, long organizationId, int year, Collection<String> keys) {
        Map<String, BranchFigureSource> sources = byKey();
        Map<String, BranchFigure> figures = new LinkedHashMap<>();
        Set<String> failed = new LinkedHashSet<>();
        for (String key : keys) {
            BranchFigureSource source = sources.get(key);
            if (source == null) {
                continue;
            }
            try {
                Optional<BranchFigure> figure = source.figure(caller, organizationId, year);
                if (figure != null && figure.isPresent()) {
                    figures.put(key, figure.get());
                }
            } catch (RuntimeException e) {
                LOG.warn("Branch figure source {} failed for organization {} and {}; the rating cannot be confirmed",
                        key, organizationId, year, e);
                failed.add(key);
            }
        }
        return new Figures(figures, failed);
    }
}
