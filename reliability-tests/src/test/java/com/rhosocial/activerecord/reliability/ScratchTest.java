package com.rhosocial.activerecord.reliability;

import java.sql.*;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void scratch() throws Exception {
        Databases.Server s = Databases.Server.POSTGRESQL;
        Bank bank = new Bank(s, "ar_rel_scratch", 64, 10000).create();
        String url = s.proxyUrl("ar_rel_scratch") + "?sourceDialect=mysql&poolName=scratch";
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            System.out.println(c.nativeSQL("SELECT IFNULL(`balance`, 0) FROM `accounts` WHERE `id` = ? FOR UPDATE"));
            System.out.println(c.nativeSQL("UPDATE `accounts` SET `balance` = `balance` + ? WHERE `id` = ?"));
            System.out.println(c.nativeSQL("INSERT INTO `transfers` (`id`, `from_acc`, `to_acc`, `amount`) VALUES (?, ?, ?, ?)"));
        }
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            bank.run(url, 1, 500, false);
            System.out.println("proxy 1x500 ms=" + (System.nanoTime() - t0) / 1e6);
        }
        long t0 = System.nanoTime();
        bank.run(url, 32, 30, false);
        System.out.println("proxy 32x30 ms=" + (System.nanoTime() - t0) / 1e6 + " maxBorrow=" + bank.maxBorrowMillis.get());
    }
}
