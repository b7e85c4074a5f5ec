package org.silverbranch.core.rest.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.silverbranch.core.api.AuthenticationService;
import org.silverbranch.core.api.module.ModuleService;
import org.silverbranch.core.api.Caller;
import org.silverbranch.core.api.MemberService;
import org.silverbranch.core.api.Page;
import org.silverbranch.core.api.Role;
import org.silverbranch.core.api.ServiceException;
import org.silverbranch.core.api.StreetService;
import org.silverbranch.core.api.model.Community;
import org.silverbranch.core.api.model.DistrictCounts;
import org.silverbranch.core.api.model.IssuedToken;
import org.silverbranch.core.api.model.Member;
import org.silverbranch.core.api.model.MemberQuery;
import org.silverbranch.core.api.model.Street;
import org.silverbranch.core.api.model.StreetKind;
import org.silverbranch.core.api.model.Transfer;
import org.silverbranch.core.api.model.TransferRequest;

/** Just enough services behind the resources: member 1 exists, member 2 fails unexpectedly, others are not found. */
final class FakeServices {

    static final Caller ADMIN = new Caller("admin", Role.DISTRICT_ADMIN, null, null);
    static final Street SONGBEI = new Street("230109001", "松北街道", StreetKind.SUBDISTRICT, 12);

    volatile MemberQuery lastQuery;
    volatile Caller lastCaller;
    volatile String revokedToken;

    final AuthenticationService authentication = new Authentication();
    final StreetService streets = new Streets();
    final MemberService members = new Members();
    /** Street 230109001 enabled module "meetings"; no other enablement. */
    final ModuleService modules = (ModuleService) java.lang.reflect.Proxy.newProxyInstance(
            ModuleService.class.getClassLoader(), new Class<?>[] {ModuleService.class}, (proxy, method, args) -> {
                if (method.getName().equals("isEnabled")) {
                    return "230109001".equals(args[0]) && "meetings".equals(args[1]);
                }
                throw new UnsupportedOperationException(method.getName());
            });

    static Member member(Long id) {
        return new Member(id, 0L, "张三", null, null, LocalDate.of(1950, 3, 1), null, null, null, "230109001", null,
                null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(),
                null, Boolean.TRUE, null);
    }

    private final class Authentication implements AuthenticationService {

        @Override
        public Optional<Caller> authenticate(String username, String password) {
            return username.equals("admin") && password.equals("secret") ? Optional.of(ADMIN) : Optional.empty();
        }

        @Override
        public IssuedToken issueToken(String username, String password) {
            authenticate(username, password).orElseThrow(() -> ServiceException.unauthorized("INVALID_CREDENTIALS"));
            return new IssuedToken("token-1", "Bearer", Instant.parse("2026-12-31T00:00:00Z"), username);
        }

        @Override
        public Optional<Caller> authenticateToken(String token) {
            return token.equals("token-1") ? Optional.of(ADMIN) : Optional.empty();
        }

        @Override
        public void revokeToken(String token) {
            revokedToken = token;
        }

        @Override
        public boolean passwordChangeRequired(String username) {
            return username.equals("fresh");
        }

        @Override
        public void changePassword(Caller caller, String oldPassword, String newPassword) {
            lastCaller = caller;
        }
    }

    private final class Streets implements StreetService {

        @Override
        public List<Street> list(Caller caller) {
            lastCaller = caller;
            return List.of(SONGBEI);
        }

        @Override
        public Street get(Caller caller, String streetCode) {
            if (streetCode.startsWith("999")) {
                throw ServiceException.notFound("STREET_NOT_FOUND", streetCode);
            }
            return SONGBEI;
        }

        @Override
        public List<Community> communities(Caller caller, String streetCode) {
            return List.of();
        }

        @Override
        public DistrictCounts counts(Caller caller, String streetCode) {
            return new DistrictCounts(streetCode, 1, 12, 3, 2, 1, 40, 38, 2, 1);
        }
    }

    private final class Members implements MemberService {

        @Override
        public Page<Member> search(Caller caller, String streetCode, MemberQuery query) {
            lastQuery = query;
            return new Page<>(List.of(member(1L)), query.page(), query.size(), 1);
        }

        @Override
        public Member get(Caller caller, long id) {
            if (id == 1) {
                return member(1L);
            }
            if (id == 2) {
                throw new IllegalStateException("database gone");
            }
            throw ServiceException.notFound("MEMBER_NOT_FOUND", id);
        }

        @Override
        public Member create(Caller caller, String streetCode, Member member) {
            return member(5L);
        }

        @Override
        public Member update(Caller caller, long id, Member member) {
            throw ServiceException.conflict("STALE_VERSION");
        }

        @Override
        public Transfer transfer(Caller caller, long memberId, TransferRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Transfer> transfers(Caller caller, long memberId) {
            return List.of();
        }

        @Override
        public Member get(Caller caller, long id, java.util.Set<org.silverbranch.core.api.model.SensitiveField> unmask) {
            return get(caller, id);
        }

        @Override
        public List<Member> findByIdNumber(Caller caller, String idNumber) {
            return List.of();
        }
    }
}
