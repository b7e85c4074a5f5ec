package org.silverbranch.orglife.assessment.internal.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.silverbranch.core.api.Caller;
import org.silverbranch.orglife.assessment.BranchFigure;
import org.silverbranch.orglife.assessment.BranchFigureSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The figure sources registered now, by key (the first registered wins when two give the same key). A source that
 * fails is treated like a missing one and logged: one faulty bundle never stops a rating, and its criterion shows
 * as not available rather than zero.
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

    /** Key → figure for the keys asked; a key without a source or a figure is absent. */
    Map<String, BranchFigure> figures(Caller caller, long organizationId, int year, Collection<String> keys) {
        Map<String, BranchFigureSource> sources = byKey();
        Map<String, BranchFigure> figures = new LinkedHashMap<>();
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
                LOG.warn("Branch figure source {} failed for organization {} and {}; the criterion is not available",
                        key, organizationId, year, e);
            }
        }
        return figures;
    }
}
