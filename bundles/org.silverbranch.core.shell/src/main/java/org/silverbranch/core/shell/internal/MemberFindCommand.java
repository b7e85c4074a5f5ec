package org.silverbranch.core.shell.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.OrganizationService;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.Organization;
import org.silverbranch.core.api.model.OrganizationType;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.api.validation.ResidentIdNumber;
import org.silverbranch.core.shell.internal.completers.StreetCodeCompleter;

/**
 * Finds members by part of the name or by a whole resident ID number, in one street or in all of them.
 * ID numbers are printed masked (个人信息保护法: sensitive personal information).
 */
@Service
@Command(scope = "silverbranch", name = "member-find",
        description = "Finds members by part of the name or a whole ID number; ID numbers are shown masked")
public class MemberFindCommand extends SilverbranchAction {

    static final int DEFAULT_SIZE = 20;

    @Argument(index = 0, name = "query", description = "part of a name, or a whole 18-character ID number",
            required = true)
    String query;

    @Option(name = "--street", aliases = "-s", description = "only this street (9-digit code); all streets when absent")
    @Completion(StreetCodeCompleter.class)
    String streetCode;

    @Option(name = "--size", aliases = "-n", description = "at most this many rows (1 to 200, default 20)")
    int size = DEFAULT_SIZE;

    @Reference
    StreetService streets;

    @Reference
    MemberService members;

    @Reference
    OrganizationService organizations;

    @Override
    protected void run() throws CommandException {
        if (size < 1 || size > MemberQuery.MAX_PAGE_SIZE) {
            throw new CommandException("--size must be between 1 and " + MemberQuery.MAX_PAGE_SIZE);
        }
        String q = looksLikeIdNumber(query) ? ResidentIdNumber.normalize(query) : query.strip();
        MemberQuery memberQuery = new MemberQuery(q, null, null, null, null, 0, size, "name");

        Map<String, String> streetNames = new HashMap<>();
        List<String> searched = new ArrayList<>();
        if (streetCode != null) {
            Street street = streets.get(shellCaller(), streetCode);
            streetNames.put(street.code(), street.name());
            searched.add(street.code());
        } else {
            for (Street street : streets.list(shellCaller())) {
                streetNames.put(street.code(), street.name());
                searched.add(street.code());
            }
        }

        TextTable table = new TextTable("Id", "Name", "ID number", "Street", "Branch", "Status").alignRight(0);
        long total = 0;
        for (String code : searched) {
            Page<Member> page = members.search(shellCaller(), code, memberQuery);
            total += page.total();
            Map<Long, String> branchNames = null;
            for (Member m : page.items()) {
                if (table.size() >= size) {
                    break;
                }
                if (branchNames == null) {
                    branchNames = branchNames(code);
                }
                table.row(m.id(), m.name(), ResidentIdNumber.mask(m.idNumber()),
                        streetNames.getOrDefault(m.streetCode(), m.streetCode()),
                        m.branchId() == null ? null : branchNames.getOrDefault(m.branchId(), "#" + m.branchId()),
                        m.status());
            }
        }
        if (table.size() == 0) {
            System.out.println("No member matches \"" + query + "\".");
            return;
        }
        table.print(System.out);
        if (total > table.size()) {
            System.out.println(table.size() + " of " + total + " matching members shown; narrow the query or use --size.");
        }
    }

    private Map<Long, String> branchNames(String code) {
        Map<Long, String> names = new HashMap<>();
        for (Organization o : organizations.list(shellCaller(), code, OrganizationType.BRANCH, null)) {
            names.put(o.id(), o.name());
        }
        return names;
    }

    static boolean looksLikeIdNumber(String query) {
        String q = ResidentIdNumber.normalize(query);
        return q != null && q.matches("\\d{17}[0-9X]");
    }
}
