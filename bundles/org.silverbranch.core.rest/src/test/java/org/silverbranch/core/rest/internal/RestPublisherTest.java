package org.silverbranch.core.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class RestPublisherTest {

    @Test
    public void coreAndModuleGroupsHaveTheirAddresses() {
        assertEquals("core", RestPublisher.groupOf(null));
        assertEquals("core", RestPublisher.groupOf(" core "));
        assertEquals("core", RestPublisher.groupOf(""));
        assertEquals("meetings", RestPublisher.groupOf("meetings"));
        assertEquals("/v1", RestPublisher.addressOf("core"));
        assertEquals("/v1/dues-2", RestPublisher.addressOf("dues-2"));
    }

    @Test
    public void groupsThatAreNoSafePathSegmentAreRefused() {
        assertNull(RestPublisher.groupOf("../admin"));
        assertNull(RestPublisher.groupOf("Meetings"));
        assertNull(RestPublisher.groupOf("a/b"));
        assertNull(RestPublisher.groupOf("-x"));
        assertNull("a module must not take over core paths", RestPublisher.groupOf("auth"));
        assertNull(RestPublisher.groupOf("streets"));
        assertNull(RestPublisher.groupOf("1x"));
    }

    @Test
    public void onlyCoreBundlesPublishInTheCoreGroup() {
        assertTrue(RestPublisher.mayPublish("core", "org.silverbranch.core.modules"));
        assertTrue(RestPublisher.mayPublish("core", "org.silverbranch.orglife.meetings"));
        assertFalse(RestPublisher.mayPublish("core", "com.example.anything"));
        assertFalse(RestPublisher.mayPublish("core", "org.silverbranch.module.volunteer"));
        assertTrue(RestPublisher.mayPublish("volunteer", "org.silverbranch.module.volunteer"));
    }
}
